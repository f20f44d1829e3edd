package org.golive.stakeholder.communication.cadence;

import org.golive.platform.outbox.Changed;
import org.golive.platform.outbox.RaisedEvent;
import org.golive.platform.problem.ConflictException;
import org.golive.platform.problem.RuleViolationException;
import org.golive.stakeholder.communication.MessageTemplates.Message;
import org.golive.stakeholder.communication.audience.Addressee;
import org.golive.stakeholder.communication.audience.AudienceDirectory;
import org.golive.stakeholder.communication.delivery.Communication;
import org.golive.stakeholder.communication.delivery.CommunicationDraft;
import org.golive.stakeholder.communication.delivery.CommunicationIssuer;
import org.golive.stakeholder.communication.delivery.Communications;
import org.golive.stakeholder.communication.delivery.Kind;
import org.golive.stakeholder.communication.plan.CommunicationPlan;
import org.golive.stakeholder.communication.plan.CommunicationPlans;
import org.golive.stakeholder.communication.plan.HandledOccurrence;
import org.golive.stakeholder.communication.plan.HandledOccurrence.Handling;
import org.golive.stakeholder.communication.plan.PlanEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Deals with the plan entries whose cadence fell due: drafts the communication from the entry, then sends it to the
 * audience (autoSend) or e-mails the owner a reminder with the draft, and records the occurrence on the entry. Safe in
 * any number of instances and across crashes: the communication's id derives from plan, entry and occurrence (a
 * second insert is refused), it is issued before the record, and the record is a version-checked write of the plan
 * that refuses an occurrence already recorded. A crash in between leaves the occurrence unrecorded; the next check
 * finds the communication issued and only records it.
 */
@Component
public class DueCommunications {

    private static final Logger log = LoggerFactory.getLogger(DueCommunications.class);
    private static final String SENDER = "service:stakeholder";

    private final CommunicationPlans plans;
    private final Communications communications;
    private final CommunicationIssuer issuer;
    private final AudienceDirectory directory;
    private final DueDrafts drafts;
    private final Clock clock;

    DueCommunications(CommunicationPlans plans, Communications communications, CommunicationIssuer issuer,
                      AudienceDirectory directory, DueDrafts drafts, Clock clock) {
        this.plans = plans;
        this.communications = communications;
        this.issuer = issuer;
        this.directory = directory;
        this.drafts = drafts;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${golive.communications.plan.due-check:1m}",
            initialDelayString = "${golive.communications.plan.due-check:1m}")
    void check() {
        handleDue();
    }

    /** @return how many occurrences this call recorded as dealt with */
    public int handleDue() {
        int handled = 0;
        for (String planId : plans.withCadence()) {
            try {
                handled += handleDue(plans.get(planId));
            } catch (OptimisticLockingFailureException | ConflictException changedMeanwhile) {
                // Another instance recorded it, or a person added entries: the next check sees the stored plan.
                log.debug("Plan {} changed during its due check", planId);
            } catch (RuntimeException e) {
                log.warn("The due check of plan {} failed; the next check tries again", planId, e);
            }
        }
        return handled;
    }

    private int handleDue(CommunicationPlan plan) {
        LocalDate today = plans.today();
        LocalDate goLive = plans.goLive(plan.scope());
        Instant now = clock.instant();
        List<RaisedEvent> events = new ArrayList<>();
        for (PlanEntry entry : plan.entries()) {
            LocalDate occurrence = plan.dueOccurrence(entry, goLive, today);
            if (occurrence != null) {
                HandledOccurrence dealt = deal(plan, entry, occurrence, goLive, now);
                events.addAll(plan.handled(entry.entryId(), dealt, goLive, today).events());
            }
        }
        if (events.isEmpty()) {
            return 0;
        }
        plans.update(Changed.of(plan, events.toArray(RaisedEvent[]::new)));
        return events.size();
    }

    private HandledOccurrence deal(CommunicationPlan plan, PlanEntry entry, LocalDate occurrence, LocalDate goLive,
                                   Instant now) {
        String id = "due-" + plan.id() + "-" + entry.entryId() + "-" + occurrence;
        String reminderId = id + "-owner";
        if (communications.exists(id)) {
            return new HandledOccurrence(occurrence, Handling.SENT, id, null, now);
        }
        if (communications.exists(reminderId)) {
            return new HandledOccurrence(occurrence, Handling.OWNER_REMINDED, reminderId, null, now);
        }
        // A person who sent the entry that day (from the plan, with its entryId) has dealt with it: no second copy.
        var byHand = communications.sentForEntry(plan.id(), entry.entryId(),
                occurrence.atStartOfDay(ZoneOffset.UTC).toInstant());
        if (byHand.isPresent()) {
            return new HandledOccurrence(occurrence, Handling.SENT_BY_PERSON, byHand.get().id(), null, now);
        }
        String note = null;
        if (entry.sendsItself()) {
            List<Addressee> audience = resolve(plan, entry);
            if (!audience.isEmpty()) {
                Message message = drafts.toAudience(plan, entry, occurrence, goLive);
                Instant deadline = entry.acknowledgeWithinDays() == null ? null
                        : now.plus(Duration.ofDays(entry.acknowledgeWithinDays()));
                issueOnce(draft(id, plan, entry, Kind.ANNOUNCEMENT, message, deadline), audience);
                return new HandledOccurrence(occurrence, Handling.SENT, id, null, now);
            }
            note = "its audience resolves to nobody registered today";
        }
        Message reminder = drafts.toOwner(plan, entry, occurrence, goLive, note);
        issueOnce(draft(reminderId, plan, entry, Kind.REMINDER, reminder, null), List.of(directory.user(entry.owner())));
        return new HandledOccurrence(occurrence, Handling.OWNER_REMINDED, reminderId, note, now);
    }

    private List<Addressee> resolve(CommunicationPlan plan, PlanEntry entry) {
        try {
            return directory.resolve(plan.scope(), entry.audience());
        } catch (RuleViolationException unknownStakeholder) {
            return List.of();
        }
    }

    private static CommunicationDraft draft(String id, CommunicationPlan plan, PlanEntry entry, Kind kind,
                                             Message message, Instant deadline) {
        return new CommunicationDraft(id, plan.scope(), kind, entry.purpose(), message.subject(), message.body(),
                deadline, plan.id(), entry.entryId(), null, null, null, null, SENDER);
    }

    /** Another instance, or this one before a crash, may have issued it already: then it stands. */
    private void issueOnce(CommunicationDraft draft, List<Addressee> recipients) {
        try {
            issuer.issue(draft, recipients);
        } catch (DuplicateKeyException alreadyIssued) {
            log.debug("{} was issued already", draft.id());
        }
    }
}
