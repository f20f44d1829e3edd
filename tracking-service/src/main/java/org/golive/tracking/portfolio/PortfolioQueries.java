package org.golive.tracking.portfolio;

import org.bson.Document;
import org.golive.platform.problem.NotFoundException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/** Reads the portfolio read model; days to go-live are computed at read time, so they are never stale. */
@Component
class PortfolioQueries {

    private final MongoTemplate mongo;

    PortfolioQueries(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    Portfolio portfolio(String programId, LocalDate today) {
        // A rollout whose budget event overtook its planning event is not complete yet: it has no site name.
        Criteria rollouts = where("siteName").exists(true);
        Query programs = new Query();
        if (programId != null) {
            rollouts = rollouts.and("programId").is(programId);
            programs = query(where("_id").is(programId));
        }
        List<Portfolio.RolloutEntry> entries = mongo.find(query(rollouts), Document.class, PortfolioProjection.ROLLOUTS)
                .stream().map(d -> rollout(d, today))
                .sorted(Comparator.comparing(Portfolio.RolloutEntry::goLiveDate)
                        .thenComparing(Portfolio.RolloutEntry::siteName))
                .toList();
        List<Portfolio.ProgramSummary> summaries = mongo.find(programs.with(Sort.by("name")), Document.class,
                PortfolioProjection.PROGRAMS).stream().map(PortfolioQueries::program).toList();
        return new Portfolio(today, summaries, entries);
    }

    Portfolio.RolloutEntry rollout(String rolloutId, LocalDate today) {
        Document document = mongo.findOne(query(where("_id").is(rolloutId).and("siteName").exists(true)),
                Document.class, PortfolioProjection.ROLLOUTS);
        if (document == null) {
            throw new NotFoundException("Rollout", rolloutId);
        }
        return rollout(document, today);
    }

    private static Portfolio.RolloutEntry rollout(Document d, LocalDate today) {
        LocalDate goLive = LocalDate.parse(d.getString("goLiveDate"));
        List<Portfolio.BudgetEntry> budgets = new ArrayList<>();
        Portfolio.BudgetEntry goLiveBudget = null;
        Document byId = d.get("budgets", Document.class);
        if (byId != null) {
            for (Object value : byId.values()) {
                Document budget = (Document) value;
                Portfolio.BudgetEntry entry = budget(budget);
                budgets.add(entry);
                if (Boolean.TRUE.equals(budget.getBoolean("goLiveYear"))) {
                    goLiveBudget = entry;
                }
            }
            budgets.sort(Comparator.comparingInt(Portfolio.BudgetEntry::fiscalYear));
        }
        return new Portfolio.RolloutEntry(d.getString("_id"), d.getString("programId"), d.getString("programName"),
                d.getString("waveId"), d.getString("waveName"), d.getString("siteName"), d.getString("siteType"),
                goLive, ChronoUnit.DAYS.between(today, goLive),
                d.getString("previousGoLiveDate") == null ? null : LocalDate.parse(d.getString("previousGoLiveDate")),
                d.getInteger("goLiveMoves", 0), d.getInteger("beds"), d.getInteger("users"), goLiveBudget, budgets);
    }

    private static Portfolio.BudgetEntry budget(Document budget) {
        return new Portfolio.BudgetEntry(budget.getString("budgetId"), budget.getInteger("fiscalYear"),
                budget.getString("status"), budget.getString("currency"), budget.getString("total"));
    }

    private static Portfolio.ProgramSummary program(Document d) {
        Map<String, Integer> sitesByType = new LinkedHashMap<>();
        Document types = d.get("sitesByType", Document.class);
        if (types != null) {
            types.forEach((type, count) -> sitesByType.put(type, ((Number) count).intValue()));
        }
        Document waves = d.get("waves", Document.class);
        List<Portfolio.WaveEntry> waveEntries = waves == null ? List.of() : waves.entrySet().stream()
                .map(e -> {
                    Document wave = (Document) e.getValue();
                    return new Portfolio.WaveEntry(e.getKey(), wave.getString("name"), wave.getInteger("sequence"));
                })
                .sorted(Comparator.comparingInt(Portfolio.WaveEntry::sequence))
                .toList();
        Number count = d.get("rolloutCount", Number.class);
        return new Portfolio.ProgramSummary(d.getString("_id"), d.getString("name"), d.getString("sponsor"),
                count == null ? 0 : count.intValue(), sitesByType, waveEntries);
    }
}
