package org.golive.tracking.health;

import org.bson.Document;
import org.golive.platform.problem.ConflictException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Instant;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * The program's health rules: one document, version-checked, so two PMO admins editing the rules at once do not
 * overwrite each other (409). Until the PMO changes them, the defaults apply at version 0.
 */
@Component
class HealthRulesStore {

    static final String COLLECTION = "health_rules";
    private static final String ID = "pmo";

    /** The rules in force with the version a change must name, and who changed them last (null for the defaults). */
    record StoredRules(long version, HealthRules rules, String updatedBy, Instant updatedAt) {
    }

    private final MongoTemplate mongo;

    HealthRulesStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    StoredRules current() {
        Document stored = mongo.findById(ID, Document.class, COLLECTION);
        if (stored == null) {
            return new StoredRules(0, HealthRules.defaults(), null, null);
        }
        return new StoredRules(stored.get("version", Number.class).longValue(), rules(stored.get("rules", Document.class)),
                stored.getString("updatedBy"), stored.getDate("updatedAt").toInstant());
    }

    /** @throws ConflictException when someone changed the rules since {@code versionRead} */
    StoredRules replace(long versionRead, HealthRules rules, String by, Instant now) {
        Document document = document(rules);
        String stale = "The health rules were changed by someone else (they are not at version " + versionRead
                + " any more); reload them and try again";
        if (versionRead == 0) {
            try {
                mongo.insert(new Document("_id", ID).append("version", 1L).append("rules", document)
                        .append("updatedBy", by).append("updatedAt", java.util.Date.from(now)), COLLECTION);
            } catch (DuplicateKeyException e) {
                throw new ConflictException(stale);
            }
        } else if (mongo.updateFirst(query(where("_id").is(ID).and("version").is(versionRead)), new Update()
                .set("version", versionRead + 1).set("rules", document).set("updatedBy", by)
                .set("updatedAt", java.util.Date.from(now)), COLLECTION).getMatchedCount() == 0) {
            throw new ConflictException(stale);
        }
        return current();
    }

    private static Document document(HealthRules rules) {
        return new Document("schedule", new Document("spi", floor(rules.schedule().spi()))
                .append("overdueCriticalTasks", ceiling(rules.schedule().overdueCriticalTasks())))
                .append("cost", new Document("cpi", floor(rules.cost().cpi())))
                .append("readiness", new Document("score", floor(rules.readiness().score()))
                        .append("countsFromDaysBeforeGoLive", rules.readiness().countsFromDaysBeforeGoLive()))
                .append("stakeholders", new Document("openSevereConflicts",
                        ceiling(rules.stakeholders().openSevereConflicts()))
                        .append("acknowledgementRate", floor(rules.stakeholders().acknowledgementRate())));
    }

    private static HealthRules rules(Document d) {
        Document schedule = d.get("schedule", Document.class);
        Document stakeholders = d.get("stakeholders", Document.class);
        // Rules stored before the readiness window existed have none: readiness always counted under them.
        Document readiness = d.get("readiness", Document.class);
        return new HealthRules(
                new HealthRules.Schedule(floor(schedule, "spi"), ceiling(schedule, "overdueCriticalTasks")),
                new HealthRules.Cost(floor(d.get("cost", Document.class), "cpi")),
                new HealthRules.Readiness(floor(readiness, "score"), readiness.getInteger("countsFromDaysBeforeGoLive")),
                new HealthRules.Stakeholders(ceiling(stakeholders, "openSevereConflicts"),
                        floor(stakeholders, "acknowledgementRate")));
    }

    private static Document floor(HealthRules.Floor floor) {
        return new Document("amberBelow", floor.amberBelow().toPlainString())
                .append("redBelow", floor.redBelow().toPlainString());
    }

    private static Document ceiling(HealthRules.Ceiling ceiling) {
        return new Document("amberAtLeast", ceiling.amberAtLeast()).append("redAtLeast", ceiling.redAtLeast());
    }

    private static HealthRules.Floor floor(Document parent, String field) {
        Document floor = parent.get(field, Document.class);
        return new HealthRules.Floor(new BigDecimal(floor.getString("amberBelow")),
                new BigDecimal(floor.getString("redBelow")));
    }

    private static HealthRules.Ceiling ceiling(Document parent, String field) {
        Document ceiling = parent.get(field, Document.class);
        return new HealthRules.Ceiling(ceiling.getInteger("amberAtLeast"), ceiling.getInteger("redAtLeast"));
    }
}
