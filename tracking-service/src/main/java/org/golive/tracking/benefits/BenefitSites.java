package org.golive.tracking.benefits;

import org.bson.Document;
import org.golive.platform.problem.NotFoundException;
import org.golive.tracking.intake.ReadModels;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/** Reads {@link BenefitsProjection}'s read model: the programs' goals and the sites. */
@Component
class BenefitSites {

    /** A strategic goal as planning states it: category (CLINICAL, OPERATIONAL, FINANCIAL), statement, KPI text. */
    record Goal(String goalId, String category, String statement, String kpi) {
    }

    record Program(String programId, String name, List<Goal> goals) {

        boolean hasGoal(String goalId) {
            return goals.stream().anyMatch(g -> g.goalId().equals(goalId));
        }
    }

    /**
     * @param waveId  null when the rollout is in no wave
     * @param goalIds the goals the site serves; empty when its rollout names none (it then serves them all)
     * @param assumed the benefits its fiscal plan assumes; null while budget has published none
     */
    record Site(String rolloutId, String programId, String waveId, String siteName, LocalDate goLiveDate,
                List<String> goalIds, BenefitRealization.Assumed assumed) {

        boolean serves(String goalId) {
            return goalIds.isEmpty() || goalIds.contains(goalId);
        }
    }

    private final MongoTemplate mongo;
    private final ReadModels readModels;

    BenefitSites(MongoTemplate mongo, ReadModels readModels) {
        this.mongo = mongo;
        this.readModels = readModels;
    }

    Program program(String programId) {
        Document d = mongo.findById(programId, Document.class, readModels.collection(BenefitsProjection.PROGRAMS));
        if (d == null || d.getString("name") == null) {
            throw new NotFoundException("Program", programId);
        }
        List<Goal> goals = d.getList("goals", Document.class, List.of()).stream()
                .map(g -> new Goal(g.getString("goalId"), g.getString("category"), g.getString("statement"),
                        g.getString("kpi"))).toList();
        return new Program(programId, d.getString("name"), goals);
    }

    /** A site tracking has heard of from planning (a go-live move alone, arriving first, does not make one). */
    Optional<Site> find(String rolloutId) {
        return Optional.ofNullable(mongo.findOne(query(where("_id").is(rolloutId).and("siteName").exists(true)),
                Document.class, readModels.collection(BenefitsProjection.SITES))).map(BenefitSites::site);
    }

    Site get(String rolloutId) {
        return find(rolloutId).orElseThrow(() -> new NotFoundException("Rollout", rolloutId));
    }

    /** The program's sites, earliest go-live first. */
    List<Site> ofProgram(String programId) {
        return mongo.find(query(where("programId").is(programId).and("siteName").exists(true)), Document.class,
                        readModels.collection(BenefitsProjection.SITES)).stream().map(BenefitSites::site)
                .sorted(Comparator.comparing(Site::goLiveDate).thenComparing(Site::siteName)).toList();
    }

    /** The sites of a wave, earliest go-live first. */
    List<Site> ofWave(String waveId) {
        return mongo.find(query(where("waveId").is(waveId).and("siteName").exists(true)), Document.class,
                        readModels.collection(BenefitsProjection.SITES)).stream().map(BenefitSites::site)
                .sorted(Comparator.comparing(Site::goLiveDate).thenComparing(Site::siteName)).toList();
    }

    private static Site site(Document d) {
        return new Site(d.getString("_id"), d.getString("programId"), d.getString("waveId"), d.getString("siteName"),
                LocalDate.parse(d.getString("goLiveDate")), d.getList("goalIds", String.class, List.of()),
                assumed(d.get("assumedBenefits", Document.class)));
    }

    private static BenefitRealization.Assumed assumed(Document d) {
        if (d == null) {
            return null;
        }
        return new BenefitRealization.Assumed(d.getString("currency"), d.getList("years", Document.class).stream()
                .map(y -> new BenefitRealization.AssumedYear(y.getInteger("year"), new BigDecimal(y.getString("total"))))
                .toList());
    }
}
