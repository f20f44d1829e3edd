package org.golive.stakeholder.communication.plan;

import org.golive.contract.stakeholder.CommunicationPlanned;
import org.golive.platform.outbox.Aggregate;
import org.golive.platform.outbox.Changed;
import org.golive.platform.outbox.RaisedEvent;
import org.golive.platform.problem.NotFoundException;
import org.golive.stakeholder.communication.audience.Scope;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.time.LocalDate;
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
        PlanEntry added = new PlanEntry(entryId, entry.title(), entry.purpose(), entry.channel(), entry.audience(),
                entry.everyDays(), entry.fromDaysBeforeGoLive(), entry.trigger(), entry.owner(),
                entry.acknowledgeWithinDays());
        entries.add(added);
        return Changed.of(this, new RaisedEvent(scope().eventKey(), new CommunicationPlanned(id, entryId, rolloutId,
                programId, added.title(), added.purpose().name(), added.channel().name(),
                added.audience().roleGroups().stream().map(Enum::name).sorted().toList(),
                added.audience().quadrants().stream().map(Enum::name).sorted().toList(),
                added.audience().stakeholderIds(), added.everyDays(), added.fromDaysBeforeGoLive(),
                added.trigger() == null ? null : added.trigger().name(), added.owner(),
                added.nextDue(goLive, today), now)));
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
