package org.golive.planning.rollout;

import org.golive.planning.plan.Rescheduled;
import org.golive.contract.planning.GoLiveRescheduled;
import org.golive.contract.planning.RolloutCreated;
import org.golive.contract.planning.RolloutPrioritySet;
import org.golive.contract.planning.RolloutUpdated;
import org.golive.planning.plan.PlanEvents;
import org.golive.planning.plan.SitePlan;
import org.golive.planning.program.Program;
import org.golive.planning.program.Wave;
import org.golive.platform.outbox.Aggregate;
import org.golive.platform.outbox.Changed;
import org.golive.platform.outbox.RaisedEvent;
import org.golive.platform.problem.NotFoundException;
import org.golive.platform.problem.RuleViolationException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The EHR going live at one site: its site, wave, project manager, go-live date and levelling priority, and the site's
 * plan, which {@link RolloutPlan} changes. Its events are keyed by its id, so they stay in order for every consumer.
 */
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

    /** A new rollout of {@code program}; the wave, if given, must be one of the program's. */
    public static Changed<Rollout> create(Program program, RolloutDetails details, Instant now) {
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

    /** The commands on the site's plan ({@link RolloutPlan}): they change the plan this rollout holds. */
    public RolloutPlan planning() {
        return new RolloutPlan(this);
    }

    /** The plan made or replaced by {@link RolloutPlan}. */
    void planIs(SitePlan made) {
        plan = made;
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
