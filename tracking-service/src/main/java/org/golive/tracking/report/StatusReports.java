package org.golive.tracking.report;

import org.golive.platform.outbox.AggregateStore;
import org.golive.platform.outbox.Changed;
import org.golive.platform.outbox.ConcurrentChanges;
import org.golive.platform.problem.ConflictException;
import org.golive.platform.problem.NotFoundException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.function.Function;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/** The weekly status reports, each stored with the event its publication raised in one write (the outbox). */
@Repository
class StatusReports {

    private final AggregateStore store;
    private final MongoTemplate mongo;

    StatusReports(AggregateStore store, MongoTemplate mongo) {
        this.store = store;
        this.mongo = mongo;
    }

    StatusReport get(String rolloutId, IsoWeek week) {
        return store.find(StatusReport.class, StatusReport.idOf(rolloutId, week)).orElseThrow(
                () -> new NotFoundException("Status report of week " + week + " of rollout", rolloutId));
    }

    /** @throws ConflictException (409) when the rollout has a report of that week */
    StatusReport insert(Changed<StatusReport> drafted) {
        try {
            return store.insert(drafted.result(), drafted.events());
        } catch (DuplicateKeyException secondOfTheWeek) {
            throw new ConflictException("Rollout " + drafted.result().rolloutId() + " has a report of "
                    + drafted.result().week() + " already: edit it, or correct it once published");
        }
    }

    /**
     * Applies a change to the report as stored, checking first the version the caller read (409 when stale); a
     * concurrent write between this read and the write is a 409 too, never an overwrite.
     */
    StatusReport change(String rolloutId, IsoWeek week, Long versionRead,
                        Function<StatusReport, Changed<StatusReport>> change) {
        StatusReport report = get(rolloutId, week);
        report.expectVersion(versionRead);
        Changed<StatusReport> changed = change.apply(report);
        return store.update(changed.result(), changed.events());
    }

    /** A change that takes no version from the caller (the figures taken again): replayed on fresh state. */
    StatusReport changeLatest(String rolloutId, IsoWeek week, Function<StatusReport, Changed<StatusReport>> change) {
        return ConcurrentChanges.retry(() -> {
            Changed<StatusReport> changed = change.apply(get(rolloutId, week));
            return store.update(changed.result(), changed.events());
        });
    }

    /** A page of the rollout's reports, latest week first. */
    List<StatusReport> ofRollout(String rolloutId, int page, int size) {
        Query byRollout = query(where("rolloutId").is(rolloutId)).with(Sort.by(Sort.Direction.DESC, "week"))
                .skip((long) page * size).limit(size);
        return mongo.find(byRollout, StatusReport.class);
    }

    long countOfRollout(String rolloutId) {
        return mongo.count(query(where("rolloutId").is(rolloutId)), StatusReport.class);
    }

    /** The rollout's published reports, oldest week first: the points of its trends. */
    List<StatusReport> publishedOf(String rolloutId) {
        return mongo.find(query(where("rolloutId").is(rolloutId).and("state").is(StatusReport.State.PUBLISHED.name()))
                .with(Sort.by(Sort.Direction.ASC, "week")), StatusReport.class);
    }

    List<StatusReport> ofProgramWeek(String programId, IsoWeek week) {
        return mongo.find(query(where("programId").is(programId).and("week").is(week.toString()))
                .with(Sort.by(Sort.Direction.ASC, "siteName", "rolloutId")), StatusReport.class);
    }
}
