package org.golive.planning.rollout;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.golive.planning.msproject.FileStaffing;
import org.golive.platform.problem.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * The second step of an MS Project import: the file's assignments into the program's pool (their own documents),
 * after the plan (the rollout's document). The step is recorded in the rollout's document by the same write as the
 * plan ({@value #FIELD}, outside the rollout's own fields), taken at once, and struck off once taken; a step still
 * recorded a while later (the instance died between the two, the pool's store failed) is taken again by
 * {@link #resume()}, on any instance. Taking it twice ends as taking it once ({@link PlanStaffing#imported}), so a
 * crash after the assignments but before the strike only repeats it. A later import or replace of the plan records
 * its own step over it: the assignments of a plan that is gone are never set.
 */
@Component
public class FileStaffingSteps {

    static final String FIELD = "fileStaffingStep";
    private static final Logger log = LoggerFactory.getLogger(FileStaffingSteps.class);

    /**
     * @param mayAddToPool whether the importer could add the file's resources to the pool (the PMO), kept for a
     *                     retry without them
     * @param claimedUntil an instance taking it again holds it until then
     */
    record Step(String stepId, FileStaffing staffing, Instant replacedAt, boolean mayAddToPool, Instant recordedAt,
                Instant claimedUntil) {
    }

    private final PlanStaffing staffing;
    private final Rollouts rollouts;
    private final MongoTemplate mongo;
    private final Duration grace;
    private final Clock wall = Clock.systemUTC();

    FileStaffingSteps(PlanStaffing staffing, Rollouts rollouts, MongoTemplate mongo,
                      @Value("${golive.file-staffing.retry-after:PT1M}") Duration grace) {
        this.staffing = staffing;
        this.rollouts = rollouts;
        this.mongo = mongo;
        this.grace = grace;
    }

    /** The step after a plan made from a file; null when the file assigns nobody (and no step is recorded). */
    Step after(FileStaffing file, Instant replacedAt, boolean mayAddToPool) {
        return file.isEmpty() ? null
                : new Step(UUID.randomUUID().toString(), file, replacedAt, mayAddToPool, wall.instant(), null);
    }

    /** Records {@code step} in the plan's write; no step clears one left by the plan it replaces. */
    void record(Step step, Update update) {
        if (step == null) {
            update.unset(FIELD);
        } else {
            Document stored = new Document();
            mongo.getConverter().write(step, stored);
            update.set(FIELD, stored);
        }
    }

    /**
     * Takes the step for the plan just stored. Without a step (nobody assigned in the file) a replace still releases
     * the old plan's assignments, as the plan-replaced event would. A failure leaves the step to {@link #resume()}
     * and says so in the report.
     */
    PlanStaffing.Report take(Rollout stored, Step step, Instant replacedAt, boolean mayAddToPool) {
        try {
            PlanStaffing.Report report = staffing.imported(stored,
                    step == null ? FileStaffing.NONE : step.staffing(), replacedAt, mayAddToPool);
            if (step != null) {
                done(stored.id(), step.stepId());
            }
            return report;
        } catch (RuntimeException failed) {
            log.warn("Rollout {}: the plan was imported, its file's assignments not yet", stored.id(), failed);
            return new PlanStaffing.Report(List.of(), List.of(), 0, List.of(step == null
                    ? "the plan is imported; the old plan's assignments are released as its plan-replaced event is"
                    + " applied (" + failed.getMessage() + ")"
                    : "the plan is imported; its file's assignments could not be stored yet (" + failed.getMessage()
                    + ") and are set within minutes: the tasks' resources show them then"));
        }
    }

    @Scheduled(fixedDelayString = "${golive.file-staffing.retry-every:PT1M}",
            initialDelayString = "${golive.file-staffing.retry-every:PT1M}")
    void resume() {
        try {
            int taken = resumeRecordedBefore(wall.instant().minus(grace));
            if (taken > 0) {
                log.info("Took {} MS Project import step(s) left over (assignments after the plan)", taken);
            }
        } catch (RuntimeException e) {
            log.warn("Could not take the import steps left over; trying again later: {}", e.toString());
        }
    }

    /** Takes every step recorded before {@code cutoff} that no instance holds; gives how many were taken. */
    public int resumeRecordedBefore(Instant cutoff) {
        Instant now = wall.instant();
        Bson due = Filters.and(Filters.lt(FIELD + ".recordedAt", Date.from(cutoff)), Filters.or(
                Filters.exists(FIELD + ".claimedUntil", false), Filters.lt(FIELD + ".claimedUntil", Date.from(now))));
        List<String> rolloutIds = new ArrayList<>();
        rolloutsCollection().find(due).projection(Projections.include("_id"))
                .forEach(d -> rolloutIds.add(d.getString("_id")));
        int taken = 0;
        for (String rolloutId : rolloutIds) {
            Document claimed = rolloutsCollection().findOneAndUpdate(Filters.and(Filters.eq("_id", rolloutId), due),
                    Updates.set(FIELD + ".claimedUntil", Date.from(now.plus(grace))));
            if (claimed == null) {
                continue; // taken by another instance, or replaced, meanwhile
            }
            Step step = mongo.getConverter().read(Step.class, claimed.get(FIELD, Document.class));
            try {
                staffing.imported(rollouts.get(rolloutId), step.staffing(), step.replacedAt(), step.mayAddToPool());
                done(rolloutId, step.stepId());
                taken++;
            } catch (NotFoundException gone) {
                done(rolloutId, step.stepId());
            } catch (RuntimeException failed) {
                log.warn("Rollout {}: the file's assignments could not be stored yet; trying again later",
                        rolloutId, failed);
            }
        }
        return taken;
    }

    /** Strikes the step off, unless another plan's step took its place. Not a change of the rollout: no version. */
    private void done(String rolloutId, String stepId) {
        rolloutsCollection().updateOne(Filters.and(Filters.eq("_id", rolloutId), Filters.eq(FIELD + ".stepId", stepId)),
                Updates.unset(FIELD));
    }

    private MongoCollection<Document> rolloutsCollection() {
        return mongo.getCollection(mongo.getCollectionName(Rollout.class));
    }
}
