package org.golive.stakeholder.communication.plan;

import org.golive.platform.outbox.AggregateStore;
import org.golive.platform.outbox.Changed;
import org.golive.platform.problem.NotFoundException;
import org.golive.stakeholder.communication.audience.RolloutCalendar;
import org.golive.stakeholder.communication.audience.Scope;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/** The stored communication plans. */
@Repository
public class CommunicationPlans {

    private final AggregateStore store;
    private final MongoTemplate mongo;
    private final RolloutCalendar calendar;
    private final Clock clock;

    CommunicationPlans(AggregateStore store, MongoTemplate mongo, RolloutCalendar calendar, Clock clock) {
        this.store = store;
        this.mongo = mongo;
        this.calendar = calendar;
        this.clock = clock;
    }

    public String planId(Scope scope) {
        return CommunicationPlan.idOf(scope);
    }

    public Optional<CommunicationPlan> of(Scope scope) {
        return store.find(CommunicationPlan.class, CommunicationPlan.idOf(scope));
    }

    public CommunicationPlan get(String planId) {
        return store.find(CommunicationPlan.class, planId).orElseThrow(() -> new NotFoundException("Plan", planId));
    }

    /** @throws NotFoundException when the scope has no plan or the plan no such entry */
    public PlanEntry entry(Scope scope, String entryId) {
        return of(scope).orElseThrow(() -> new NotFoundException("Plan", CommunicationPlan.idOf(scope)))
                .entry(entryId);
    }

    /** The scope's entries answering a trigger (a rollout's, then its program's). */
    public List<PlanEntry> answering(Trigger trigger, Scope scope) {
        return java.util.stream.Stream.of(scope, new Scope(null, scope.programId())).distinct()
                .flatMap(s -> of(s).stream()).flatMap(p -> p.entries().stream())
                .filter(e -> e.trigger() == trigger).toList();
    }

    /** Ids of the plans that have an entry on a cadence: those the due check looks at. */
    public List<String> withCadence() {
        return mongo.find(query(where("entries.everyDays").gt(0)), CommunicationPlan.class).stream()
                .map(CommunicationPlan::id).toList();
    }

    /** @throws org.springframework.dao.OptimisticLockingFailureException when it changed since it was loaded */
    public CommunicationPlan update(Changed<CommunicationPlan> change) {
        return store.update(change.result(), change.events());
    }

    /** Creates the scope's plan if it has none yet, then adds the entries, in one write. */
    CommunicationPlan add(Scope scope, List<PlanEntry> entries, Long readVersion) {
        Optional<CommunicationPlan> existing = of(scope);
        CommunicationPlan plan = existing.orElseGet(() -> CommunicationPlan.of(scope, clock.instant()));
        if (existing.isPresent()) {
            plan.expectVersion(readVersion);
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        LocalDate goLive = calendar.goLive(scope, today).orElse(null);
        List<org.golive.platform.outbox.RaisedEvent> events = new java.util.ArrayList<>();
        for (PlanEntry entry : entries) {
            Changed<CommunicationPlan> added = plan.add(entry, goLive, today, clock.instant());
            events.addAll(added.events());
        }
        return existing.isPresent() ? store.update(plan, events) : store.insert(plan, events);
    }

    /**
     * Revises one entry of a plan read at {@code readVersion}; an unchanged entry is not written.
     *
     * @throws org.golive.platform.problem.ConflictException when the plan changed since that version
     */
    CommunicationPlan revise(CommunicationPlan plan, String entryId, PlanEntry revision, Long readVersion) {
        plan.expectVersion(readVersion);
        LocalDate today = today();
        Changed<CommunicationPlan> revised = plan.revise(entryId, revision, goLive(plan.scope()), today,
                clock.instant());
        return revised.raisedEvents() ? store.update(plan, revised.events()) : plan;
    }

    public LocalDate goLive(Scope scope) {
        return calendar.goLive(scope, LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC)).orElse(null);
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
