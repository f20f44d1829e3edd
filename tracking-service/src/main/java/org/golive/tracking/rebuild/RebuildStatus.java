package org.golive.tracking.rebuild;

import org.bson.Document;

import java.time.Instant;

/**
 * A rebuild of the read models by replay, as the PMO reads it.
 *
 * @param state            RUNNING, DONE, FAILED, or ABANDONED (tracking restarted during it; nothing was switched)
 * @param phase            while running: REPLAYING (up to the end offsets captured at the start), CATCHING_UP (up
 *                         to the live listeners), SWITCHING (live listeners paused for the last records and the
 *                         switch)
 * @param generation       the generation being built (the active one once DONE)
 * @param recordsAtStart   the offsets the topics held when it started (records, and the commit markers of
 *                         transactional producers, which take an offset each but are no record)
 * @param recordsReplayed  the records replayed so far, those that arrived during the rebuild included
 * @param recordsPerSecond replayed records per second of the rebuild so far
 */
record RebuildStatus(String id, String state, String phase, long generation, long previousGeneration,
                     long recordsAtStart, long recordsReplayed, Long recordsPerSecond, String startedBy,
                     Instant startedAt, Instant finishedAt, String detail) {

    static RebuildStatus of(Document d, Instant now) {
        Instant started = d.getDate("startedAt").toInstant();
        Instant finished = d.getDate("finishedAt") == null ? null : d.getDate("finishedAt").toInstant();
        long replayed = number(d, "recordsReplayed");
        long millis = java.time.Duration.between(started, finished != null ? finished : now).toMillis();
        return new RebuildStatus(d.getString("runId"), d.getString("state"), d.getString("phase"),
                number(d, "generation"), number(d, "previousGeneration"), number(d, "recordsAtStart"), replayed,
                millis > 0 ? replayed * 1000 / millis : null, d.getString("startedBy"), started, finished,
                d.getString("detail"));
    }

    private static long number(Document d, String field) {
        Number value = d.get(field, Number.class);
        return value == null ? 0 : value.longValue();
    }
}
