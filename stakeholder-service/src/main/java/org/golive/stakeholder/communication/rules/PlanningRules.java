package org.golive.stakeholder.communication.rules;

import org.golive.contract.planning.GoLiveRescheduled;
import org.golive.contract.planning.MilestoneSlipped;
import org.golive.platform.consumer.IncomingEvent;
import org.golive.stakeholder.communication.MessageTemplates;
import org.golive.stakeholder.communication.Purpose;
import org.golive.stakeholder.communication.audience.Addressee;
import org.golive.stakeholder.communication.audience.Audience;
import org.golive.stakeholder.communication.audience.AudienceDirectory;
import org.golive.stakeholder.communication.audience.RolloutCalendar;
import org.golive.stakeholder.communication.audience.Scope;
import org.golive.stakeholder.communication.delivery.Communication;
import org.golive.stakeholder.communication.delivery.CommunicationDraft;
import org.golive.stakeholder.communication.delivery.CommunicationIssuer;
import org.golive.stakeholder.communication.delivery.Communications;
import org.golive.stakeholder.communication.delivery.Kind;
import org.golive.stakeholder.communication.plan.CommunicationPlans;
import org.golive.stakeholder.communication.plan.PlanEntry;
import org.golive.stakeholder.communication.plan.Trigger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Communications the plan triggers: a site's go-live moves → everyone registered on the rollout; a milestone slips →
 * its accountable and informed people. Each message is written from a template and records the rule and the event
 * that fired it. Its id derives from the two, so an event delivered twice issues one communication.
 */
@Component
public class PlanningRules {

    private static final Logger log = LoggerFactory.getLogger(PlanningRules.class);

    private final CommunicationIssuer issuer;
    private final Communications communications;
    private final AudienceDirectory directory;
    private final RolloutCalendar calendar;
    private final CommunicationPlans plans;
    private final TaskParties parties;
    private final MessageTemplates templates;
    private final Clock clock;

    PlanningRules(CommunicationIssuer issuer, Communications communications, AudienceDirectory directory,
                  RolloutCalendar calendar, CommunicationPlans plans, TaskParties parties, MessageTemplates templates,
                  Clock clock) {
        this.issuer = issuer;
        this.communications = communications;
        this.directory = directory;
        this.calendar = calendar;
        this.plans = plans;
        this.parties = parties;
        this.templates = templates;
        this.clock = clock;
    }

    public void assignmentChanged(IncomingEvent event, String rolloutId, String taskId, String accountable,
                                  List<String> informed) {
        parties.assigned(event, rolloutId, taskId, accountable, informed);
    }

    public void goLiveMoved(IncomingEvent event, GoLiveRescheduled moved) {
        calendar.rescheduled(event, moved.rolloutId(), moved.goLiveDate());
        if (moved.previousGoLiveDate() == null || moved.previousGoLiveDate().equals(moved.goLiveDate())) {
            return;
        }
        Scope scope = scopeOf(moved.rolloutId(), moved.programId());
        long days = ChronoUnit.DAYS.between(moved.previousGoLiveDate(), moved.goLiveDate());
        Map<String, Object> model = new HashMap<>();
        model.put("siteName", siteName(moved.rolloutId()));
        model.put("previousGoLiveDate", moved.previousGoLiveDate());
        model.put("goLiveDate", moved.goLiveDate());
        model.put("direction", days > 0 ? "later" : "earlier");
        model.put("days", Math.abs(days));
        model.put("reason", moved.reason() == null || moved.reason().isBlank() ? null : moved.reason());
        model.put("tasksMoved", moved.tasksMoved() == null || moved.tasksMoved().isEmpty() ? null
                : moved.tasksMoved().size());
        model.put("planFinish", moved.planFinish());
        issue(event, Trigger.GO_LIVE_MOVED, scope, Purpose.GO_LIVE_PREPARATION, "go-live-moved", model,
                directory.resolve(scope, Audience.everyone()));
    }

    public void milestoneSlipped(IncomingEvent event, MilestoneSlipped slipped) {
        if (calendar.rollout(slipped.rolloutId()).isEmpty()) {
            log.warn("Milestone {} slipped on rollout {}, which planning never announced here: nobody to tell",
                    slipped.taskId(), slipped.rolloutId());
            return;
        }
        Scope scope = scopeOf(slipped.rolloutId(), null);
        TaskParties.Parties known = parties.of(slipped.rolloutId(), slipped.taskId());
        String accountable = slipped.accountable() != null ? slipped.accountable() : known.accountable();
        Map<String, Addressee> recipients = new LinkedHashMap<>();
        Map<String, String> roles = new HashMap<>();
        directory.party(slipped.rolloutId(), accountable).forEach(a -> {
            recipients.putIfAbsent(a.key(), a);
            roles.putIfAbsent(a.key(), "accountable");
        });
        known.informed().forEach(party -> directory.party(slipped.rolloutId(), party)
                .forEach(a -> recipients.putIfAbsent(a.key(), a)));
        Map<String, Object> model = new HashMap<>();
        model.put("siteName", siteName(slipped.rolloutId()));
        model.put("title", slipped.title());
        model.put("slipDays", slipped.slipDays());
        model.put("forecast", slipped.forecast());
        model.put("baselineDate", slipped.baselineDate());
        model.put("baselineName", slipped.baselineName());
        model.put("previousForecast", slipped.previousForecast());
        model.put("role", "accountable or informed");
        issue(event, Trigger.MILESTONE_SLIPPED, scope, Purpose.STATUS, "milestone-slipped", model,
                List.copyOf(recipients.values()));
    }

    private void issue(IncomingEvent event, Trigger rule, Scope scope, Purpose defaultPurpose, String template,
                       Map<String, Object> model, List<Addressee> recipients) {
        String id = UUID.nameUUIDFromBytes((rule + ":" + event.id()).getBytes(StandardCharsets.UTF_8)).toString();
        if (recipients.isEmpty()) {
            log.info("Rule {} fired by event {} finds nobody to tell on rollout {}", rule, event.id(),
                    scope.rolloutId());
            return;
        }
        if (communications.exists(id)) {
            return; // the event came again: its communication stands
        }
        // A plan entry answering the trigger says the purpose and how long the audience has to acknowledge.
        PlanEntry entry = plans.answering(rule, scope).stream().findFirst().orElse(null);
        MessageTemplates.Message message = templates.render(template, model);
        Integer ackDays = entry == null ? null : entry.acknowledgeWithinDays();
        try {
            issuer.issue(new CommunicationDraft(id, scope, Kind.RULE, entry == null ? defaultPurpose : entry.purpose(),
                    message.subject(), message.body(),
                    ackDays == null ? null : clock.instant().plus(Duration.ofDays(ackDays)),
                    entry == null ? null : plans.planId(scope), entry == null ? null : entry.entryId(), rule.name(),
                    event.id(), event.type(), null, "service:stakeholder"), recipients);
        } catch (DuplicateKeyException alreadyIssued) {
            log.debug("Communication {} for event {} was issued already", id, event.id());
        }
    }

    private Scope scopeOf(String rolloutId, String programId) {
        String program = calendar.rollout(rolloutId).map(RolloutCalendar.Rollout::programId).orElse(programId);
        return new Scope(rolloutId, program);
    }

    private String siteName(String rolloutId) {
        return calendar.rollout(rolloutId).map(RolloutCalendar.Rollout::siteName).orElse("Rollout " + rolloutId);
    }
}
