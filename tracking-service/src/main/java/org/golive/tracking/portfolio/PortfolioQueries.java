package org.golive.tracking.portfolio;

import org.bson.Document;
import org.golive.platform.problem.NotFoundException;
import org.springframework.data.domain.Sort;
import org.golive.tracking.intake.ReadModels;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * Reads the portfolio read model: MongoDB filters, sorts and cuts the page; days to go-live are computed at read
 * time from the stored date, so they are never stale.
 */
@Component
class PortfolioQueries {

    /** One page of rollouts and how many match in all. */
    record Page(List<Portfolio.RolloutEntry> rollouts, long total) {
    }

    private final MongoTemplate mongo;
    private final ReadModels readModels;

    PortfolioQueries(MongoTemplate mongo, ReadModels readModels) {
        this.readModels = readModels;
        this.mongo = mongo;
    }

    /** @param readable the rollouts the caller may read; empty: all of them */
    Page page(PortfolioQuery asked, Optional<Set<String>> readable, int page, int size, LocalDate today) {
        Criteria criteria = asked.criteria();
        if (readable.isPresent()) {
            criteria = new Criteria().andOperator(criteria, where("_id").in(readable.get()));
        }
        long total = mongo.count(query(criteria), readModels.collection(PortfolioProjection.ROLLOUTS));
        Query pageQuery = query(criteria).with(asked.order().sort()).skip((long) page * size).limit(size);
        List<Portfolio.RolloutEntry> entries = mongo.find(pageQuery, Document.class,
                        readModels.collection(PortfolioProjection.ROLLOUTS))
                .stream().map(d -> rollout(d, today)).toList();
        return new Page(entries, total);
    }

    /**
     * The programs (one, or all), each counting the rollouts the caller may read: for a caller who reads only some,
     * the counts are made over those.
     */
    List<Portfolio.ProgramSummary> programs(String programId, Optional<Set<String>> readable) {
        Query programs = programId == null ? new Query() : query(where("_id").is(programId));
        List<Portfolio.ProgramSummary> all = mongo.find(programs.with(Sort.by("name", "_id")), Document.class,
                readModels.collection(PortfolioProjection.PROGRAMS)).stream().map(PortfolioQueries::program).toList();
        if (readable.isEmpty()) {
            return all;
        }
        Query theirs = query(where("_id").in(readable.get()).and("siteName").exists(true));
        theirs.fields().include("programId").include("siteType");
        List<Document> visible = mongo.find(theirs, Document.class,
                readModels.collection(PortfolioProjection.ROLLOUTS));
        return all.stream().map(program -> countedOver(program, visible)).toList();
    }

    Portfolio.RolloutEntry rollout(String rolloutId, LocalDate today) {
        Document document = mongo.findOne(query(where("_id").is(rolloutId).and("siteName").exists(true)),
                Document.class, readModels.collection(PortfolioProjection.ROLLOUTS));
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
        Document health = d.get("health", Document.class);
        return new Portfolio.RolloutEntry(d.getString("_id"), d.getString("programId"), d.getString("programName"),
                d.getString("waveId"), d.getString("waveName"), d.getString("siteName"), d.getString("siteType"),
                goLive, ChronoUnit.DAYS.between(today, goLive),
                d.getString("previousGoLiveDate") == null ? null : LocalDate.parse(d.getString("previousGoLiveDate")),
                d.getInteger("goLiveMoves", 0), d.getInteger("beds"), d.getInteger("users"), goLiveBudget, budgets,
                d.getString("phase"), health == null ? null : new Portfolio.HealthEntry(health.getString("overall"),
                health.getString("schedule"), health.getString("cost"), health.getString("readiness"),
                health.getString("stakeholders")),
                decimal(d, "percentComplete"), decimal(d, "spi"), decimal(d, "cpi"), decimal(d, "readinessScore"),
                decimal(d, "budgetBurn"), d.getInteger("openConflicts"));
    }

    /** A stored figure back as the decimal it was: a double's shortest text is the decimal it was made from. */
    private static BigDecimal decimal(Document d, String field) {
        Number number = d.get(field, Number.class);
        return number == null ? null : BigDecimal.valueOf(number.doubleValue());
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

    private static Portfolio.ProgramSummary countedOver(Portfolio.ProgramSummary program, List<Document> visible) {
        Map<String, Integer> sitesByType = new LinkedHashMap<>();
        int count = 0;
        for (Document rollout : visible) {
            if (program.programId().equals(rollout.getString("programId"))) {
                count++;
                sitesByType.merge(rollout.getString("siteType"), 1, Integer::sum);
            }
        }
        return new Portfolio.ProgramSummary(program.programId(), program.name(), program.sponsor(), count,
                sitesByType, program.waves());
    }
}
