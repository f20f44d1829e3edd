package org.golive.stakeholder.communication.cadence;

import org.golive.stakeholder.communication.MessageTemplates;
import org.golive.stakeholder.communication.MessageTemplates.Message;
import org.golive.stakeholder.communication.Purpose;
import org.golive.stakeholder.communication.audience.Audience;
import org.golive.stakeholder.communication.audience.RolloutCalendar;
import org.golive.stakeholder.communication.audience.Scope;
import org.golive.stakeholder.communication.plan.Channel;
import org.golive.stakeholder.communication.plan.CommunicationPlan;
import org.golive.stakeholder.communication.plan.PlanEntry;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The texts of a plan entry's due occurrence, from templates: the communication to its audience, and the reminder to
 * its owner that carries that draft and the ids to send it.
 */
@Component
class DueDrafts {

    private final MessageTemplates templates;
    private final RolloutCalendar calendar;

    DueDrafts(MessageTemplates templates, RolloutCalendar calendar) {
        this.templates = templates;
        this.calendar = calendar;
    }

    Message toAudience(CommunicationPlan plan, PlanEntry entry, LocalDate occurrence, LocalDate goLive) {
        return templates.render("plan-entry-due", model(plan, entry, occurrence, goLive));
    }

    /** @param note why Golive did not send it itself although the entry says so, or null */
    Message toOwner(CommunicationPlan plan, PlanEntry entry, LocalDate occurrence, LocalDate goLive, String note) {
        Message draft = toAudience(plan, entry, occurrence, goLive);
        Map<String, Object> model = model(plan, entry, occurrence, goLive);
        model.put("draftSubject", draft.subject());
        model.put("draftBody", draft.body());
        model.put("note", note);
        model.put("email", entry.channel() == Channel.EMAIL);
        model.put("planId", plan.id());
        model.put("entryId", entry.entryId());
        Scope scope = plan.scope();
        model.put("scopeField", scope.isProgram() ? "programId" : "rolloutId");
        model.put("scopeId", scope.isProgram() ? scope.programId() : scope.rolloutId());
        return templates.render("plan-entry-due-owner", model);
    }

    private Map<String, Object> model(CommunicationPlan plan, PlanEntry entry, LocalDate occurrence, LocalDate goLive) {
        Map<String, Object> model = new HashMap<>();
        Scope scope = plan.scope();
        model.put("title", entry.title());
        model.put("scopeName", scope.isProgram() ? "the program's sites"
                : calendar.rollout(scope.rolloutId()).map(RolloutCalendar.Rollout::siteName).orElse("the site"));
        model.put("goLiveDate", goLive);
        model.put("daysToGoLive", ChronoUnit.DAYS.between(occurrence, goLive));
        model.put("occurrence", occurrence);
        model.put("owner", entry.owner());
        model.put("channel", entry.channel().name().toLowerCase(Locale.ROOT));
        model.put("purpose", entry.purpose().name().toLowerCase(Locale.ROOT).replace('_', ' '));
        model.put("audience", describe(entry.audience()));
        model.put("vision", entry.purpose() == Purpose.VISION);
        model.put("status", entry.purpose() == Purpose.STATUS);
        model.put("goLivePreparation", entry.purpose() == Purpose.GO_LIVE_PREPARATION);
        model.put("training", entry.purpose() == Purpose.TRAINING);
        model.put("downtime", entry.purpose() == Purpose.DOWNTIME);
        return model;
    }

    private static String describe(Audience audience) {
        List<String> parts = new ArrayList<>();
        audience.roleGroups().stream().map(g -> g.name().toLowerCase(Locale.ROOT)).sorted().forEach(parts::add);
        audience.quadrants().stream().map(q -> q.name().toLowerCase(Locale.ROOT).replace('_', ' ')).sorted()
                .forEach(parts::add);
        if (!audience.stakeholderIds().isEmpty()) {
            parts.add(audience.stakeholderIds().size() + " named stakeholders");
        }
        return String.join(", ", parts);
    }
}
