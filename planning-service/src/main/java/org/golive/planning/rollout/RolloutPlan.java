package org.golive.planning.rollout;

import org.golive.contract.planning.PlanInstantiated;
import org.golive.contract.planning.PlanReplaced;
import org.golive.contract.planning.StatusDateSet;
import org.golive.planning.plan.Baseline;
import org.golive.planning.plan.Blueprint;
import org.golive.planning.plan.PlanCalendar;
import org.golive.planning.plan.PlanEvents;
import org.golive.planning.plan.ProgressReport;
import org.golive.planning.plan.Raci;
import org.golive.planning.plan.Rescheduled;
import org.golive.planning.plan.SitePlan;
import org.golive.planning.plan.Source;
import org.golive.planning.plan.TaskChange;
import org.golive.planning.plan.TaskDefinition;
import org.golive.platform.outbox.Changed;
import org.golive.platform.outbox.RaisedEvent;
import org.golive.platform.problem.ConflictException;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The commands on a rollout's site plan: made from a template or a file, replaced, its status date and calendars,
 * its tasks, their units, RACI and progress, its baselines. Each changes the plan the rollout holds and returns the
 * events it raised, keyed by the rollout; the rollout itself keeps its site, wave, go-live and priority
 * ({@link Rollout#planning()}).
 */
public final class RolloutPlan {

    private final Rollout rollout;
    private final String id;
    private final String programId;
    private final LocalDate goLiveDate;

    RolloutPlan(Rollout rollout) {
        this.rollout = rollout;
        this.id = rollout.id();
        this.programId = rollout.programId();
        this.goLiveDate = rollout.goLiveDate();
    }

    private SitePlan plan() {
        return rollout.plan();
    }

    /**
     * Creates the site's plan from a blueprint, anchored to the go-live date. Asking again for the same template
     * version changes nothing (false, and no events); asking for another one is a conflict.
     */
    public Changed<Boolean> instantiate(Blueprint blueprint, PlanCalendar calendar, Instant now) {
        SitePlan plan = rollout.sitePlan().orElse(null);
        if (plan != null) {
            if (plan.source().equals(blueprint.source())) {
                return Changed.silently(false);
            }
            throw new ConflictException("Rollout " + id + " already has a plan (" + describe(plan.source())
                    + "); it cannot be instantiated again from " + describe(blueprint.source()));
        }
        plan = SitePlan.create(blueprint, calendar, rollout.goLiveDate());
        rollout.planIs(plan);
        Source source = plan.source();
        List<RaisedEvent> events = new ArrayList<>();
        events.add(RaisedEvent.of(id, new PlanInstantiated(id, programId, source.templateId(),
                source.templateName(), source.templateVersion(), goLiveDate, plan.start(), plan.finish(),
                plan.criticalPath(), PlanEvents.planned(plan, goLiveDate), now)));
        events.addAll(namedCalendarsOf(plan, now));
        return new Changed<>(true, events);
    }

    /** A file's named calendars came with its plan: each is published as set, as one set by hand would be. */
    private List<RaisedEvent> namedCalendarsOf(SitePlan made, Instant now) {
        return made.namedCalendars().stream().map(named -> RaisedEvent.of(id, PlanEvents.calendarChanged(id,
                named.name(), named.calendar(), made.source().fileName(), List.of(), made, now))).toList();
    }

    /**
     * Replaces the site's plan whole with one read from a file, on the same go-live date: the old tasks go with their
     * progress, and so do its baselines (they measured the old tasks; MS Project keeps baselines in the file they were
     * set in). Answers the plan replaced; a site without a plan has nothing to replace (404).
     */
    public Changed<SitePlan> replacePlan(Blueprint blueprint, PlanCalendar calendar, Instant now) {
        SitePlan previous = plan();
        SitePlan replacement = SitePlan.create(blueprint, calendar, rollout.goLiveDate());
        rollout.planIs(replacement);
        List<RaisedEvent> events = new ArrayList<>();
        events.add(RaisedEvent.of(id, new PlanReplaced(id, programId,
                replacement.source().fileName(), goLiveDate, replacement.start(), replacement.finish(),
                replacement.criticalPath(), PlanEvents.planned(replacement, goLiveDate),
                previous.tasks().stream().map(task -> task.id()).toList(),
                previous.baselines().stream().map(Baseline::name).toList(), now)));
        events.addAll(namedCalendarsOf(replacement, now));
        return new Changed<>(previous, events);
    }

    /** Sets or clears the plan's status date; the plan is rescheduled on it. Setting the same date changes nothing. */
    public Changed<Rescheduled> setStatusDate(LocalDate date, Instant now) {
        SitePlan plan = plan();
        LocalDate previous = plan.statusDate();
        if (Objects.equals(previous, date)) {
            return Changed.silently(new Rescheduled(List.of(), List.of()));
        }
        Rescheduled rescheduled = plan.setStatusDate(date, goLiveDate);
        List<RaisedEvent> events = new ArrayList<>();
        events.add(RaisedEvent.of(id, new StatusDateSet(id, date, previous, PlanEvents.moves(rescheduled),
                plan.criticalPath(), plan.criticalPathFloat(), plan.finish(), now)));
        return new Changed<>(rescheduled, PlanChangeEvents.withSlips(id, events, rescheduled, now));
    }

    /**
     * Sets the site's calendar ({@code Standard}) or a named one, by hand ({@code fileName} null) or from a file; the
     * plan is rescheduled on it.
     */
    public Changed<Rescheduled> setCalendar(String name, PlanCalendar calendar, String fileName,
                                                     Instant now) {
        SitePlan plan = plan();
        Rescheduled rescheduled = plan.setCalendar(name, calendar, goLiveDate);
        List<RaisedEvent> events = new ArrayList<>();
        events.add(RaisedEvent.of(id, PlanEvents.calendarChanged(id, name, calendar, fileName,
                PlanEvents.moves(rescheduled), plan, now)));
        return new Changed<>(rescheduled, PlanChangeEvents.withSlips(id, events, rescheduled, now));
    }

    public Changed<TaskChange> addTask(TaskDefinition definition, Instant now) {
        TaskChange change = plan().add(definition, goLiveDate);
        return new Changed<>(change, eventsAt(now).taskAdded(change));
    }

    public Changed<TaskChange> reviseTask(String taskId, int revision, TaskDefinition definition,
                                                   Instant now) {
        TaskChange change = plan().revise(taskId, revision, definition, goLiveDate);
        return new Changed<>(change, eventsAt(now).taskRevised(change));
    }

    /** The units now assigned to a task; an effort-driven task's duration follows them (no change: no event). */
    public Changed<TaskChange> setTaskUnits(String taskId, BigDecimal units, Instant now) {
        TaskChange change = plan().setUnits(taskId, units, goLiveDate);
        return change == null ? Changed.silently(null) : new Changed<>(change, eventsAt(now).taskRevised(change));
    }

    public Changed<TaskChange> assign(String taskId, int revision, Raci raci, Instant now) {
        TaskChange change = plan().assign(taskId, revision, raci, goLiveDate);
        return Changed.of(change, eventsAt(now).assigned(taskId, raci));
    }

    public Changed<TaskChange> recordProgress(String taskId, int revision, ProgressReport report,
                                                       LocalDate today, Instant now) {
        TaskChange change = plan().recordProgress(taskId, revision, report, today, goLiveDate);
        return new Changed<>(change, eventsAt(now).progressRecorded(taskId, change));
    }

    public Changed<Baseline> setBaseline(String name, String setBy, Instant now) {
        Baseline baseline = plan().setBaseline(name, setBy, now);
        return Changed.of(baseline, eventsAt(now).baselineSet(baseline));
    }

    private PlanChangeEvents eventsAt(Instant now) {
        return new PlanChangeEvents(id, plan(), goLiveDate, now);
    }

    private static String describe(Source source) {
        return source.templateId() != null
                ? "template " + source.templateName() + " version " + source.templateVersion()
                : "file " + source.fileName();
    }

}
