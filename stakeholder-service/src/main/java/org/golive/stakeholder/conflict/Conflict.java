package org.golive.stakeholder.conflict;

import org.golive.platform.outbox.Aggregate;
import org.golive.platform.outbox.Changed;
import org.golive.platform.problem.ConflictException;
import org.golive.platform.problem.RuleViolationException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A conflict between stakeholders of one rollout, with an owner who must resolve it by its due date. Overdue, it
 * climbs the {@link EscalationLevel} ladder one rung per escalation step until someone records a decision.
 */
@Document("conflicts")
public class Conflict extends Aggregate {

    @Id
    private String id;
    private String rolloutId;
    private String programId;
    private String title;
    private ConflictKind kind;
    private Severity severity;
    private String owner;
    private List<String> partyIds = new ArrayList<>();
    private DecisionMakerRole decisionMakerRole;
    private LocalDate dueDate;
    private Sbar sbar;
    private List<String> taskIds = new ArrayList<>();
    private ConflictStatus status;
    private EscalationLevel level;
    /** When the next escalation is due if still unresolved; null once resolved or at the top of the ladder. */
    private Instant escalatesAt;
    private Resolution resolution;
    private String raisedBy;
    private Instant raisedAt;
    private Instant updatedAt;

    Conflict() {
    }

    /** What the user states when raising a conflict. */
    public record Details(String title, ConflictKind kind, Severity severity, String owner, List<String> partyIds,
                          DecisionMakerRole decisionMakerRole, LocalDate dueDate, Sbar sbar, List<String> taskIds) {
    }

    /**
     * Logs a conflict. A due date already past is allowed (a conflict logged late): it escalates at the next check.
     */
    public static Changed<Conflict> raise(String rolloutId, String programId, Details details, String raisedBy,
                                          Instant now) {
        if (details.partyIds() == null || details.partyIds().isEmpty()) {
            throw new RuleViolationException("partyIds", "A conflict has at least one party");
        }
        Conflict conflict = new Conflict();
        conflict.id = UUID.randomUUID().toString();
        conflict.rolloutId = rolloutId;
        conflict.programId = programId;
        conflict.title = details.title().strip();
        conflict.kind = details.kind();
        conflict.severity = details.severity();
        conflict.owner = details.owner().strip();
        conflict.partyIds = new ArrayList<>(new LinkedHashSet<>(details.partyIds()));
        conflict.decisionMakerRole = details.decisionMakerRole();
        conflict.dueDate = details.dueDate();
        conflict.sbar = details.sbar() == null ? new Sbar(null, null, null, null) : details.sbar();
        conflict.taskIds = details.taskIds() == null ? new ArrayList<>()
                : new ArrayList<>(new LinkedHashSet<>(details.taskIds()));
        conflict.status = ConflictStatus.OPEN;
        conflict.level = EscalationLevel.OWNER;
        conflict.escalatesAt = endOf(details.dueDate());
        conflict.raisedBy = raisedBy;
        conflict.raisedAt = now;
        conflict.updatedAt = now;
        return Changed.of(conflict, ConflictEvents.raised(conflict));
    }

    /**
     * Edits an unresolved conflict: each field given replaces the stored one, a field left out (null) stays; of the
     * SBAR, each part given replaces that part. A new due date reschedules the next escalation to the end of that day
     * (the level reached stays: an edit never de-escalates). An edit that changes nothing raises no event.
     *
     * @throws ConflictException when the conflict is resolved
     */
    public Changed<Conflict> edit(Details edit, String editedBy, Instant now) {
        requireUnresolved();
        if (edit.partyIds() != null && edit.partyIds().isEmpty()) {
            throw new RuleViolationException("partyIds", "A conflict has at least one party");
        }
        if (edit.title() != null && edit.title().isBlank() || edit.owner() != null && edit.owner().isBlank()) {
            throw new RuleViolationException(edit.owner() != null && edit.owner().isBlank() ? "owner" : "title",
                    "A conflict's title and owner cannot be blank");
        }
        ConflictChanges changes = new ConflictChanges();
        title = changes.apply("title", title, edit.title() == null ? null : edit.title().strip());
        kind = changes.apply("kind", kind, edit.kind());
        severity = changes.apply("severity", severity, edit.severity());
        owner = changes.apply("owner", owner, edit.owner() == null ? null : edit.owner().strip());
        partyIds = changes.apply("partyIds", partyIds, edit.partyIds() == null ? null
                : new ArrayList<>(new LinkedHashSet<>(edit.partyIds())));
        decisionMakerRole = changes.apply("decisionMakerRole", decisionMakerRole, edit.decisionMakerRole());
        LocalDate due = changes.apply("dueDate", dueDate, edit.dueDate());
        if (!due.equals(dueDate)) {
            dueDate = due;
            escalatesAt = level.next() == null ? null : endOf(due);
        }
        sbar = changes.apply("sbar", sbar, edit.sbar() == null ? null : sbar.with(edit.sbar()));
        taskIds = changes.apply("taskIds", taskIds, edit.taskIds() == null ? null
                : new ArrayList<>(new LinkedHashSet<>(edit.taskIds())));
        if (changes.none()) {
            return Changed.silently(this);
        }
        updatedAt = now;
        return Changed.of(this, ConflictEvents.updated(this, changes.names(), editedBy, now));
    }

    /** The parties sit down with a mediator; escalation still runs if the due date passes meanwhile. */
    public Changed<Conflict> startMediation(Instant now) {
        requireUnresolved();
        if (status == ConflictStatus.OPEN) {
            status = ConflictStatus.IN_MEDIATION;
            updatedAt = now;
        }
        return Changed.silently(this);
    }

    /**
     * One rung up if the conflict is unresolved and its escalation is due at {@code now}; the next rung falls due
     * {@code step} later. Empty when nothing is due, so that a check run twice escalates once.
     */
    public Optional<Changed<Conflict>> escalateIfDue(Instant now, Duration step) {
        if (status == ConflictStatus.RESOLVED || escalatesAt == null || now.isBefore(escalatesAt)) {
            return Optional.empty();
        }
        EscalationLevel from = level;
        level = level.next();
        status = ConflictStatus.ESCALATED;
        escalatesAt = level.next() == null ? null : now.plus(step);
        updatedAt = now;
        return Optional.of(Changed.of(this, ConflictEvents.escalated(this, from, now)));
    }

    /**
     * One rung up now, at someone's request, before or after the due date (a deadlock the owner cannot break). The next
     * automatic rung stays where it was while the conflict is not overdue, else falls due {@code step} later.
     *
     * @throws ConflictException when the conflict is resolved or already with the executive sponsor
     */
    public Changed<Conflict> escalate(Instant now, Duration step) {
        requireUnresolved();
        if (level.next() == null) {
            throw new ConflictException("Conflict " + id + " is already with the " + level.name().toLowerCase()
                    .replace('_', ' ') + ": there is no level above");
        }
        EscalationLevel from = level;
        level = level.next();
        status = ConflictStatus.ESCALATED;
        if (level.next() == null) {
            escalatesAt = null;
        } else if (escalatesAt == null || !escalatesAt.isAfter(now)) {
            escalatesAt = now.plus(step);
        }
        updatedAt = now;
        return Changed.of(this, ConflictEvents.escalated(this, from, now));
    }

    public Changed<Conflict> resolve(String decision, String decidedBy, String recordedBy, Instant now) {
        requireUnresolved();
        if (decision == null || decision.isBlank()) {
            throw new RuleViolationException("decision", "A resolution records the decision");
        }
        resolution = new Resolution(decision.strip(), decidedBy == null || decidedBy.isBlank() ? recordedBy
                : decidedBy.strip(), recordedBy, now);
        status = ConflictStatus.RESOLVED;
        escalatesAt = null;
        updatedAt = now;
        return Changed.of(this, ConflictEvents.resolved(this));
    }

    public boolean overdue(Instant now) {
        return status != ConflictStatus.RESOLVED && !now.isBefore(endOf(dueDate));
    }

    private void requireUnresolved() {
        if (status == ConflictStatus.RESOLVED) {
            throw new ConflictException("Conflict " + id + " was resolved on " + resolution.decidedAt()
                    + " by " + resolution.decidedBy() + "; it cannot change any more");
        }
    }

    /** A conflict is due by the end of its due date (UTC), so it is overdue from the next midnight. */
    private static Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    protected String eventSource() {
        return "/stakeholder/conflicts/" + id;
    }

    public String rolloutId() { return rolloutId; }
    public String programId() { return programId; }
    public String title() { return title; }
    public ConflictKind kind() { return kind; }
    public Severity severity() { return severity; }
    public String owner() { return owner; }
    public List<String> partyIds() { return List.copyOf(partyIds); }
    public DecisionMakerRole decisionMakerRole() { return decisionMakerRole; }
    public LocalDate dueDate() { return dueDate; }
    public Sbar sbar() { return sbar; }
    public List<String> taskIds() { return List.copyOf(taskIds); }
    public ConflictStatus status() { return status; }
    public EscalationLevel level() { return level; }
    public Instant escalatesAt() { return escalatesAt; }
    public Resolution resolution() { return resolution; }
    public String raisedBy() { return raisedBy; }
    public Instant raisedAt() { return raisedAt; }
    public Instant updatedAt() { return updatedAt; }
}
