package org.golive.stakeholder.communication.acknowledgement;

import org.golive.stakeholder.communication.MessageTemplates;
import org.golive.stakeholder.communication.audience.Addressee;
import org.golive.stakeholder.communication.audience.AudienceDirectory;
import org.golive.stakeholder.communication.audience.RolloutCalendar;
import org.golive.stakeholder.communication.delivery.Communication;
import org.golive.stakeholder.communication.delivery.CommunicationDraft;
import org.golive.stakeholder.communication.delivery.CommunicationIssuer;
import org.golive.stakeholder.communication.delivery.Communications;
import org.golive.stakeholder.communication.delivery.Delivery;
import org.golive.stakeholder.communication.delivery.Kind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Chases acknowledgements: a reminder to everyone still silent some time before the deadline, then, at the deadline,
 * an escalation about the silent high-influence stakeholders to the program's champions and the rollout's project
 * manager. Safe in any number of instances and across crashes: the reminder's and the escalation's ids derive from
 * the communication's (a second insert is refused), and the marks on the communication are version-checked writes.
 */
@Component
public class AcknowledgementFollowUp {

    private static final Logger log = LoggerFactory.getLogger(AcknowledgementFollowUp.class);

    private final Communications communications;
    private final CommunicationIssuer issuer;
    private final AudienceDirectory directory;
    private final RolloutCalendar calendar;
    private final MessageTemplates templates;
    private final Clock clock;
    private final Duration reminderLead;

    AcknowledgementFollowUp(Communications communications, CommunicationIssuer issuer, AudienceDirectory directory,
                            RolloutCalendar calendar, MessageTemplates templates, Clock clock,
                            @Value("${golive.communications.acknowledgement.reminder-before-deadline:1d}")
                            Duration reminderLead) {
        this.communications = communications;
        this.issuer = issuer;
        this.directory = directory;
        this.calendar = calendar;
        this.templates = templates;
        this.clock = clock;
        this.reminderLead = reminderLead;
    }

    @Scheduled(fixedDelayString = "${golive.communications.acknowledgement.follow-up-interval:1m}")
    void followUp() {
        for (Communication communication : communications.awaitingFollowUp()) {
            try {
                followUp(communication);
            } catch (RuntimeException e) {
                log.warn("Following up acknowledgements of {} failed; the next round tries again",
                        communication.id(), e);
            }
        }
    }

    /** One instance's round for one communication, as read at the start of its round (tests pass a stale copy). */
    public void followUp(Communication communication) {
        Instant now = clock.instant();
        Instant deadline = communication.acknowledgementDeadline();
        if (!communication.wasReminded() && !now.isBefore(deadline.minus(reminderLead)) && now.isBefore(deadline)) {
            remind(communication);
        }
        if (!now.isBefore(deadline)) {
            escalate(communication, now);
        }
    }

    private void remind(Communication communication) {
        List<Delivery> silent = communication.silent();
        if (!silent.isEmpty()) {
            var message = templates.render("acknowledgement-reminder", Map.of("subject", communication.subject(),
                    "deadline", communication.acknowledgementDeadline(), "sentAt", communication.sentAt(),
                    "body", communication.body()));
            issueOnce(draft(communication, "-reminder", Kind.REMINDER, message,
                    communication.acknowledgementDeadline()), silent.stream().map(this::addressee).toList());
        }
        communications.change(communication.id(), Communication::reminded);
    }

    private void escalate(Communication communication, Instant now) {
        List<Delivery> silentHigh = communication.silent().stream()
                .filter(d -> addressee(d).highInfluence()).toList();
        if (silentHigh.isEmpty()) {
            communications.change(communication.id(), Communication::followedUp);
            return;
        }
        Map<String, Addressee> told = new LinkedHashMap<>();
        directory.champions(communication.scope().programId()).forEach(a -> told.putIfAbsent(a.key(), a));
        if (!communication.scope().isProgram()) {
            calendar.rollout(communication.scope().rolloutId()).map(RolloutCalendar.Rollout::projectManager)
                    .map(directory::user).ifPresent(pm -> told.putIfAbsent(pm.key(), pm));
        }
        String escalationId = communication.id() + "-escalation";
        if (told.isEmpty()) {
            log.warn("Communication {}: high-influence stakeholders are silent, but the program has no champion and"
                    + " the rollout no project manager to tell", communication.id());
        } else {
            List<Map<String, Object>> silent = new ArrayList<>();
            silentHigh.forEach(d -> {
                Map<String, Object> person = new HashMap<>();
                person.put("name", d.name());
                person.put("roleGroup", d.roleGroup());
                silent.add(person);
            });
            var message = templates.render("acknowledgement-escalation", Map.of("subject", communication.subject(),
                    "deadline", communication.acknowledgementDeadline(), "silent", silent,
                    "silentCount", silentHigh.size(), "rolloutScope", !communication.scope().isProgram()));
            issueOnce(draft(communication, "-escalation", Kind.ESCALATION, message, null),
                    List.copyOf(told.values()));
        }
        List<String> silentIds = silentHigh.stream().map(Delivery::stakeholderId).toList();
        List<String> to = List.copyOf(told.keySet());
        communications.change(communication.id(), c -> c.escalated(escalationId, silentIds, to, now));
    }

    private CommunicationDraft draft(Communication about, String suffix, Kind kind, MessageTemplates.Message message,
                                      Instant deadline) {
        return new CommunicationDraft(about.id() + suffix, about.scope(), kind, about.purpose(), message.subject(),
                message.body(), deadline, about.planId(), about.entryId(), null, null, null, about.id(),
                "service:stakeholder");
    }

    /** Another instance, or this one before a crash, may have issued it already: then it stands. */
    private void issueOnce(CommunicationDraft draft, List<Addressee> recipients) {
        if (communications.exists(draft.id())) {
            return;
        }
        try {
            issuer.issue(draft, recipients);
        } catch (DuplicateKeyException alreadyIssued) {
            log.debug("{} was issued already", draft.id());
        }
    }

    private Addressee addressee(Delivery d) {
        return new Addressee(d.recipientKey(), d.stakeholderId(), d.name(), d.email(), d.roleGroup(), d.influence());
    }
}
