package org.golive.tracking.benefits;

import org.golive.platform.outbox.AggregateStore;
import org.golive.platform.outbox.Changed;
import org.golive.platform.outbox.ConcurrentChanges;
import org.golive.platform.problem.NotFoundException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/** The programs' KPIs and the sites' measured values, each stored with the events its change raised. */
@Repository
class Kpis {

    private final AggregateStore store;
    private final MongoTemplate mongo;

    Kpis(AggregateStore store, MongoTemplate mongo) {
        this.store = store;
        this.mongo = mongo;
    }

    Optional<Kpi> find(String programId, String kpiId) {
        return store.find(Kpi.class, Kpi.idOf(programId, kpiId));
    }

    Kpi get(String programId, String kpiId) {
        return find(programId, kpiId).orElseThrow(() -> new NotFoundException("KPI of program " + programId, kpiId));
    }

    List<Kpi> ofProgram(String programId) {
        return mongo.find(query(where("programId").is(programId)).with(Sort.by("kpiId")), Kpi.class);
    }

    /** Stores a new KPI; a second first definition at once is a conflict (409), not a silent overwrite. */
    Kpi insert(Changed<Kpi> defined) {
        return store.insert(defined.result(), defined.events());
    }

    Kpi update(Changed<Kpi> redefined) {
        return store.update(redefined.result(), redefined.events());
    }

    List<KpiSeries> seriesOfSite(String rolloutId) {
        return mongo.find(query(where("rolloutId").is(rolloutId)), KpiSeries.class);
    }

    List<KpiSeries> seriesOfProgram(String programId) {
        return mongo.find(query(where("programId").is(programId)), KpiSeries.class);
    }

    /**
     * Changes a site's series of a KPI as it is now (a new one when it has none) and stores it with its events; the
     * change is replayed on fresh state when someone else wrote the series in between, so its revision checks hold.
     */
    <T> T changeSeries(String rolloutId, String programId, String kpiId, Function<KpiSeries, Changed<KpiSeries>> change,
                       Function<Changed<KpiSeries>, T> answer) {
        Supplier<KpiSeries> current = () -> store.find(KpiSeries.class, KpiSeries.idOf(rolloutId, kpiId))
                .orElseGet(() -> KpiSeries.empty(rolloutId, programId, kpiId));
        return ConcurrentChanges.retry(() -> {
            Changed<KpiSeries> changed = change.apply(current.get());
            if (!changed.raisedEvents()) {
                return answer.apply(changed);
            }
            if (changed.result().version() == null) {
                try {
                    store.insert(changed.result(), changed.events());
                } catch (DuplicateKeyException firstValueAtOnce) {
                    throw new OptimisticLockingFailureException("Series " + KpiSeries.idOf(rolloutId, kpiId)
                            + " was started by someone else", firstValueAtOnce);
                }
            } else {
                store.update(changed.result(), changed.events());
            }
            return answer.apply(changed);
        });
    }
}
