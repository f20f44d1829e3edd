package org.golive.planning.rollout;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Deletes the chunk documents no rollout references: those a later change replaced, and those of a change that never
 * committed (a stale version, a crash between the chunk inserts and the rollout's write).
 *
 * <p>Safe while changes are in flight and with several instances sweeping at once. A chunk is deleted only when it
 * is unreferenced <em>and</em> was written before the grace period ({@code golive.plan-chunks.sweep-grace}, one
 * hour): a change inserts its chunks moments before the write that references them, so a chunk younger than that may
 * be about to be referenced. A change that needs a chunk that already exists (the same tasks again) marks it written
 * anew first ({@link PlanChunks}), and the delete itself repeats the age condition, so such a chunk is either kept or
 * inserted again. Deleting is idempotent: two sweeps at once delete the same chunks once.
 */
@Component
class PlanChunkSweep {

    private static final Logger log = LoggerFactory.getLogger(PlanChunkSweep.class);
    private static final int BATCH = 1_000;

    private final PlanChunks chunks;
    private final MongoTemplate mongo;
    private final Duration grace;
    private final Clock wall = Clock.systemUTC();

    PlanChunkSweep(PlanChunks chunks, MongoTemplate mongo,
                   @Value("${golive.plan-chunks.sweep-grace:PT1H}") Duration grace) {
        this.chunks = chunks;
        this.mongo = mongo;
        this.grace = grace;
    }

    @Scheduled(fixedDelayString = "${golive.plan-chunks.sweep-every:PT15M}",
            initialDelayString = "${golive.plan-chunks.sweep-every:PT15M}")
    void sweep() {
        try {
            int deleted = sweep(wall.instant().minus(grace));
            if (deleted > 0) {
                log.info("Deleted {} plan chunk(s) no rollout references", deleted);
            }
        } catch (RuntimeException e) {
            log.warn("Could not sweep unreferenced plan chunks; trying again later: {}", e.toString());
        }
    }

    /** Deletes the unreferenced chunks written before {@code cutoff}; gives how many. */
    int sweep(Instant cutoff) {
        Bson old = Filters.lt(PlanChunks.WRITTEN, Date.from(cutoff));
        int deleted = 0;
        String after = "";
        while (true) {
            List<String> candidates = new ArrayList<>();
            Set<String> rollouts = new HashSet<>();
            for (Document chunk : chunks.chunks().find(Filters.and(old, Filters.gt("_id", after)))
                    .projection(Projections.include(PlanChunks.ROLLOUT)).sort(Sorts.ascending("_id")).limit(BATCH)) {
                candidates.add(chunk.getString("_id"));
                rollouts.add(chunk.getString(PlanChunks.ROLLOUT));
            }
            if (candidates.isEmpty()) {
                return deleted;
            }
            after = candidates.get(candidates.size() - 1);
            candidates.removeAll(referenced(rollouts));
            if (!candidates.isEmpty()) {
                deleted += (int) chunks.chunks().deleteMany(Filters.and(Filters.in("_id", candidates), old))
                        .getDeletedCount();
            }
        }
    }

    /** The chunks the rollouts' documents reference now. */
    private Set<String> referenced(Set<String> rolloutIds) {
        Set<String> referenced = new HashSet<>();
        String field = "plan." + Rollouts.CHUNK_IDS;
        for (Document rollout : mongo.getCollection(mongo.getCollectionName(Rollout.class))
                .find(Filters.in("_id", rolloutIds)).projection(Projections.include(field))) {
            Document plan = rollout.get("plan", Document.class);
            if (plan != null && plan.getList(Rollouts.CHUNK_IDS, String.class) != null) {
                referenced.addAll(plan.getList(Rollouts.CHUNK_IDS, String.class));
            }
        }
        return referenced;
    }
}
