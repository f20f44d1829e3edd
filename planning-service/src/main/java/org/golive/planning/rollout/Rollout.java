package org.golive.planning.rollout;

import org.golive.planning.plan.Blueprint;
import org.golive.planning.plan.Rescheduled;
import org.golive.planning.plan.Source;
import org.golive.planning.plan.TaskChange;
import org.golive.contract.planning.CalendarChanged;
import org.golive.contract.planning.GoLiveRescheduled;
import org.golive.contract.planning.PlanInstantiated;
import org.golive.contract.planning.PlanReplaced;
import org.golive.contract.planning.RolloutCreated;
import org.golive.contract.planning.RolloutPrioritySet;
import org.golive.contract.planning.RolloutUpdated;
import org.golive.contract.planning.StatusDateSet;
import org.golive.planning.plan.Baseline;
import org.golive.planning.plan.PlanCalendar;
import org.golive.planning.plan.PlanEvents;
import org.golive.planning.plan.ProgressReport;
import org.golive.planning.plan.Raci;
import org.golive.planning.plan.SitePlan;
import org.golive.planning.plan.TaskDefinition;
import org.golive.planning.program.Program;
import org.golive.planning.program.Wave;
import org.golive.platform.outbox.Aggregate;
import org.golive.platform.outbox.Changed;
import org.golive.platform.outbox.RaisedEvent;
import org.golive.platform.problem.ConflictException;
import org.golive.platform.problem.NotFoundException;
import org.golive.platform.problem.RuleViolationException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** The EHR going live at one site. Its events are keyed by its id, so they stay in order for every consumer. */
@Document("rollouts")
public class Rollout extends Aggregate {

    @Id
    private String id;
    @Indexed
    private String programId;
    private String waveId;
    private String siteName;
    private SiteType siteType;
    private LocalDate goLiveDate;
    private Integer beds;
    private Integer users;
    @Indexed
    private String projectManager;
    private List<String> goalIds = new ArrayList<>();
    private Instant createdAt;
    /** Null until set: {@link #DEFAULT_PRIORITY}. */
    private Integer priority;
    private SitePlan plan;

    /** MS Project's range and default: levelling delays lower-priority rollouts' tasks first. */
    public static final int DEFAULT_PRIORITY = 500;
    public static final int MAX_PRIORITY = 1000;

    Rollout() {
    }

    public record Site(String name, SiteType type, Integer beds, Integer users) {
    }

    /**
     * The rollout as the PMO sets it up: its site, go-live date, wave, project manager (a user name, or null) and the
     * program's strategic goals it serves.
     */
    public record Details(Site site, LocalDate goLiveDate, String waveId, String projectManager,
                          List<String> goalIds) {
    }

    /** A new rollout of {@code program}; the wave, if given, must be one of the program's. */
    public static Changed<Rollout> create(Program program, Details details, Instant now) {
        Site site = details.site();
        LocalDate goLiveDate = details.goLiveDate();
        String waveId = details.waveId();
        Wave wave = ProgramMembership.waveOf(program, waveId);
        List<String> goalIds = ProgramMembership.goalsOf(program, details.goalIds());
        GoLiveWindow.check(goLiveDate);
        Rollout rollout = new Rollout();
        rollout.id = UUID.randomUUID().toString();
        rollout.programId = program.id();
        rollout.waveId = waveId;
        rollout.siteName = site.name();
        rollout.siteType = site.type();
        rollout.beds = site.beds();
        rollout.users = site.users();
        rollout.goLiveDate = goLiveDate;
        rollout.projectManager = details.projectManager();
        rollout.goalIds = goalIds;
        rollout.createdAt = now;
        RolloutCreated event = new RolloutCreated(rollout.id, program.id(), program.name(), waveId,
                wave == null ? null : wave.name(), site.name(), site.type().name(), goLiveDate, site.beds(),
                site.users(), details.projectManager(), goalIds, now);
        return Changed.of(rollout, RaisedEvent.of(rollout.id, event));
    }

    /** Changes the site, wave, project manager or goals; the go-live date moves by {@link #moveGoLive} only. */
    public Changed<Rollout> revise(Program program, Site site, String newWaveId, String newProjectManager,
                                   List<String> newGoalIds, Instant now) {
        Wave wave = ProgramMembership.waveOf(program, newWaveId);
        List<String> goals = ProgramMembership.goalsOf(program, newGoalIds);
        String previousWave = waveId;
        SiteType previousType = siteType;
        String previousManager = projectManager;
        siteName = site.name();
        siteType = site.type();
        beds = site.beds();
        users = site.users();
        waveId = newWaveId;
        projectManager = newProjectManager;
        goalIds = goals;
        return Changed.of(this, RaisedEvent.of(id, new RolloutUpdated(id, programId, waveId,
                wave == null ? null : wave.name(), siteName, siteType.name(), beds, users, projectManager, goalIds,
                previousWave, previousType.name(), previousManager, now)));
    }

    /** Sets the rollout's levelling priority (1 to 1000); the same priority again changes nothing. */
    public Changed<Integer> setPriority(int newPriority, Instant now) {
        if (newPriority < 1 || newPriority > MAX_PRIORITY) {
            throw new RuleViolationException("priority", "The priority must lie between 1 and " + MAX_PRIORITY
                    + " (" + DEFAULT_PRIORITY + " unless set)");
        }
        int previous = priority();
        if (previous == newPriority) {
            return Changed.silently(previous);
        }
        priority = newPriority;
        return Changed.of(newPriority, RaisedEvent.of(id, new RolloutPrioritySet(id, programId, newPriority, previous,
                now)));
    }

    // --- the plan -----------------------------------------------------------------------------------------------------

    /**
     * Creates the site's plan from a blueprint, anchored to the go-live date. Asking again for the same template
     * version changes nothing (false, and no events); asking for another one is a conflict.
     */
    public Changed<Boolean> instantiate(Blueprint blueprint, PlanCalendar calendar, Instant now) {
        if (plan != null) {
            if (plan.source().equals(blueprint.source())) {
                return Changed.silently(false);
            }
            throw new ConflictException("Rollout " + id + " already has a plan (" + describe(plan.source())
                    + "); it cannot be instantiated again from " + describe(blueprint.source()));
        }
        plan = SitePlan.create(blueprint, calendar, goLiveDate);
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
        return made.namedCalendars().stream().map(named -> RaisedEvent.of(id, new CalendarChanged(id, named.name(),
                named.calendar().workingWeekdays().stream().sorted().map(Enum::name).toList(),
                named.calendar().hours(), named.calendar().holidays(), named.calendar().extraWorkingDays(),
                made.source().fileName(), List.of(), made.criticalPath(), made.criticalPathFloat(), made.finish(),
                now))).toList();
    }

    /**
     * Replaces the site's plan whole with one read from a file, on the same go-live date: the old tasks go with their
     * progress, and so do its baselines (they measured the old tasks; MS Project keeps baselines in the file they were
     * set in). Answers the plan replaced; a site without a plan has nothing to replace (404).
     */
    public Changed<SitePlan> replacePlan(Blueprint blueprint, PlanCalendar calendar, Instant now) {
        SitePlan previous = plan();
        SitePlan replacement = SitePlan.create(blueprint, calendar, goLiveDate);
        plan = replacement;
        List<RaisedEvent> events = new ArrayList<>();
        events.add(RaisedEvent.of(id, new PlanReplaced(id, programId,
                replacement.source().fileName(), goLiveDate, replacement.start(), replacement.finish(),
                replacement.criticalPath(), PlanEvents.planned(replacement, goLiveDate),
                previous.tasks().stream().map(task -> task.id()).toList(),
                previous.baselines().stream().map(Baseline::name).toList(), now)));
        events.addAll(namedCalendarsOf(replacement, now));
        return new Changed<>(previous, events);
    }

    /** Moves the go-live date; every task not yet done moves with it. */
    public Changed<Rescheduled> moveGoLive(LocalDate newDate, String reason, Instant now) {
        GoLiveWindow.check(newDate);
        if (newDate.equals(goLiveDate)) {
            return Changed.silently(new Rescheduled(List.of(), List.of()));
        }
        LocalDate previous = goLiveDate;
        goLiveDate = newDate;
        Rescheduled rescheduled = plan == null ? new Rescheduled(List.of(), List.of())
                : plan.reschedule(newDate);
        List<RaisedEvent> events = new ArrayList<>();
        events.add(RaisedEvent.of(id, new GoLiveRescheduled(id, programId, previous, newDate, reason,
                PlanEvents.moves(rescheduled), plan == null ? List.of() : plan.criticalPath(),
                plan == null ? null : plan.criticalPathFloat(),
                plan == null ? null : plan.finish(), now)));
        return new Changed<>(rescheduled, PlanChangeEvents.withSlips(id, events, rescheduled, now));
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
        events.add(RaisedEvent.of(id, new CalendarChanged(id, name,
                calendar.workingWeekdays().stream().sorted().map(Enum::name).toList(), calendar.hours(),
                calendar.holidays(), calendar.extraWorkingDays(), fileName, PlanEvents.moves(rescheduled),
                plan.criticalPath(), plan.criticalPathFloat(), plan.finish(), now)));
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
    public Changed<TaskChange> setTaskUnits(String taskId, java.math.BigDecimal units, Instant now) {
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
        return new PlanChangeEvents(id, plan, goLiveDate, now);
    }

    public Optional<SitePlan> sitePlan() {
        return Optional.ofNullable(plan);
    }

    /** The site's plan; a 404 until one was instantiated. */
    public SitePlan plan() {
        if (plan == null) {
            throw new NotFoundException("Plan of rollout", id);
        }
        return plan;
    }

    private static String describe(Source source) {
        return source.templateId() != null
                ? "template " + source.templateName() + " version " + source.templateVersion()
                : "file " + source.fileName();
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    protected String eventSource() {
        return "/planning/rollouts/" + id;
    }

    public String programId() {
        return programId;
    }

    public String waveId() {
        return waveId;
    }

    public String siteName() {
        return siteName;
    }

    public SiteType siteType() {
        return siteType;
    }

    public LocalDate goLiveDate() {
        return goLiveDate;
    }

    public Integer beds() {
        return beds;
    }

    public Integer users() {
        return users;
    }

    public String projectManager() {
        return projectManager;
    }

    public List<String> goalIds() {
        return goalIds == null ? List.of() : List.copyOf(goalIds);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public int priority() {
        return priority == null ? DEFAULT_PRIORITY : priority;
    }
}
