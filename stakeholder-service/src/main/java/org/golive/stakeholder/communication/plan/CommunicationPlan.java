package org.golive.stakeholder.communication.plan;

import org.golive.contract.stakeholder.CommunicationFellDue;
import org.golive.contract.stakeholder.CommunicationPlanned;
import org.golive.contract.stakeholder.CommunicationReplanned;
import org.golive.platform.outbox.Aggregate;
import org.golive.platform.outbox.Changed;
import org.golive.platform.outbox.RaisedEvent;
import org.golive.platform.problem.ConflictException;
import org.golive.platform.problem.NotFoundException;
import org.golive.stakeholder.communication.audience.Scope;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** The communication plan of one rollout or one program: one per scope, its id derived from the scope. */
@Document("communication_plans")
public class CommunicationPlan extends Aggregate {

    @Id
    private String id;
    private String rolloutId;
    private String programId;
    private List<PlanEntry> entries = new ArrayList<>();
    private Instant createdAt;

    CommunicationPlan() {
    }

    static String idOf(Scope scope) {
        return scope.isProgram() ? "program-" + scope.programId() : "rollout-" + scope.rolloutId();
    }

    static CommunicationPlan of(Scope scope, Instant now) {
        CommunicationPlan plan = new CommunicationPlan();
        plan.id = idOf(scope);
        plan.rolloutId = scope.rolloutId();
        plan.programId = scope.programId();
        plan.createdAt = now;
        return plan;
    }

    /** Adds an entry (its id the next free {@code e-<n>}); {@code goLive} dates the event's next due date. */
    Changed<CommunicationPlan> add(PlanEntry entry, LocalDate goLive, LocalDate today, Instant now) {
        String entryId = "e-" + (entries.size() + 1);
        PlanEntry added = entry.addedAs(entryId, today);
        entries.add(added);
        return Changed.of(this, new RaisedEvent(scope().eventKey(), new CommunicationPlanned(id, entryId, rolloutId,
                programId, added.title(), added.purpose().name(), added.channel().name(),
                added.audience().roleGroups().stream().map(Enum::name).sorted().toList(),
                added.audience().quadrants().stream().map(Enum::name).sorted().toList(),
                added.audience().stakeholderIds(), added.everyDays(), added.fromDaysBeforeGoLive(),
                added.trigger() == null ? null : added.trigger().name(), added.owner(),
                added.nextDue(goLive, today), now)));
    }

    /**
     * Revises an entry to plan what {@code revision} plans; what was dealt with stays, and nothing before today falls
     * due because of it. A revision that changes nothing raises no event.
     *
     * @throws NotFoundException when the plan has no such entry
     */
    Changed<CommunicationPlan> revise(String entryId, PlanEntry revision, LocalDate goLive, LocalDate today,
                                      Instant now) {
        PlanEntry entry = entry(entryId);
        if (entry.plansAs(revision)) {
            return Changed.silently(this);
        }
        PlanEntry revised = entry.revisedTo(revision, today);
        entries.set(entries.indexOf(entry), revised);
        return Changed.of(this, new RaisedEvent(scope().eventKey(), new CommunicationReplanned(id, entryId,
                rolloutId, programId, revised.title(), revised.purpose().name(), revised.channel().name(),
                revised.audience().roleGroups().stream().map(Enum::name).sorted().toList(),
                revised.audience().quadrants().stream().map(Enum::name).sorted().toList(),
                revised.audience().stakeholderIds(), revised.everyDays(), revised.fromDaysBeforeGoLive(),
                revised.trigger() == null ? null : revised.trigger().name(), revised.owner(),
                revised.acknowledgeWithinDays(), revised.sendsItself(), revised.nextDue(goLive, today), now)));
    }

    /** The entry's occurrence due on {@code today} and not yet dealt with, or null. */
    public LocalDate dueOccurrence(PlanEntry entry, LocalDate goLive, LocalDate today) {
        // Entries stored before occurrences were recorded count as added with their plan.
        return entry.dueOccurrence(goLive, today, LocalDate.ofInstant(createdAt, ZoneOffset.UTC).minusDays(1));
    }

    /**
     * Records that the entry's occurrence was dealt with, once: a second record of the same occurrence (or an earlier
     * one) is refused, so that the version-checked write of the first is the only one that raises the event.
     */
    public Changed<CommunicationPlan> handled(String entryId, HandledOccurrence occurrence, LocalDate goLive,
                                              LocalDate today) {
        PlanEntry entry = entry(entryId);
        if (!occurrence.occurrence().equals(dueOccurrence(entry, goLive, today))) {
            throw new ConflictException("Occurrence " + occurrence.occurrence() + " of plan entry " + entryId
                    + " is not the one due");
        }
        PlanEntry handled = entry.handled(occurrence);
        entries.set(entries.indexOf(entry), handled);
        return Changed.of(this, new RaisedEvent(scope().eventKey(), new CommunicationFellDue(id, entryId, rolloutId,
                programId, entry.title(), entry.purpose().name(), entry.channel().name(), entry.owner(),
                occurrence.occurrence(), occurrence.handling().name(), occurrence.communicationId(),
                occurrence.note(), handled.nextDue(goLive, today), occurrence.handledAt())));
    }

    public PlanEntry entry(String entryId) {
        return entries.stream().filter(e -> e.entryId().equals(entryId)).findFirst()
                .orElseThrow(() -> new NotFoundException("Plan entry", entryId));
    }

    public Scope scope() {
        return new Scope(rolloutId, programId);
    }

    public List<PlanEntry> entries() {
        return List.copyOf(entries);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    protected String eventSource() {
        return "/stakeholder/communication-plans/" + id;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
