package org.golive.planning.resource;

import org.golive.planning.program.Programs;
import org.golive.planning.rollout.TaskDelays;
import org.golive.planning.schedule.WorkCalendar;
import org.golive.platform.outbox.AggregateStore;
import org.golive.platform.outbox.Changed;
import org.golive.platform.problem.ConflictException;
import org.golive.platform.problem.RuleViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * Levelling of a program: the preview computed from the pool, the rollouts' assignments and their plans' float, with
 * a fingerprint of the state it was computed from (and of what was asked: within float, or beyond it by at most so
 * many weeks); applying it computes it again and refuses (409) when the fingerprint moved, then records the run and
 * writes it ({@link LevellingRuns}).
 */
@Component
class Levelling {

    /** A scenario's rule too: a go-live is planned at most ten years ahead. */
    private static final int GO_LIVE_YEARS_AHEAD = 10;

    /** What the PMO asks: within float only (the default), or beyond it, moving go-lives by at most maxWeeks. */
    record Asked(boolean beyondFloat, int maxWeeks) {

        static final int DEFAULT_WEEKS = 8;
        static final int MAX_WEEKS = 26;

        static Asked of(Boolean beyondFloat, Integer maxWeeks) {
            int weeks = maxWeeks == null ? DEFAULT_WEEKS : maxWeeks;
            if (weeks < 1 || weeks > MAX_WEEKS) {
                throw new RuleViolationException("maxWeeks", "A go-live moves by 1 to " + MAX_WEEKS
                        + " weeks when levelling beyond float (" + DEFAULT_WEEKS + " unless set)");
            }
            return new Asked(Boolean.TRUE.equals(beyondFloat), weeks);
        }
    }

    /**
     * A preview and what applying it needs: each moved task's revision as the plan had it, and each rollout's version
     * (a go-live is moved only on the rollout as the preview read it).
     */
    record Prepared(String fingerprint, Asked asked, LevellingPlan plan, Map<String, Map<String, Integer>> revisions,
                    Map<String, Long> versions) {
    }

    private final Programs programs;
    private final Resources resources;
    private final MongoTemplate mongo;
    private final TaskDelays plans;
    private final AggregateStore store;
    private final LevellingRuns runs;
    private final Clock clock;

    Levelling(Programs programs, Resources resources, MongoTemplate mongo, TaskDelays plans, AggregateStore store,
              LevellingRuns runs, Clock clock) {
        this.programs = programs;
        this.resources = resources;
        this.mongo = mongo;
        this.plans = plans;
        this.store = store;
        this.runs = runs;
        this.clock = clock;
    }

    Prepared prepare(String programId, Asked asked) {
        programs.get(programId);
        Fingerprint digest = new Fingerprint().add("program " + programId);
        if (asked.beyondFloat()) {
            digest.add("beyond float, go-lives moved by at most " + asked.maxWeeks() + " weeks");
        }
        List<Resource> pool = resources.pool(programId);
        pool.forEach(resource -> digest.add("resource " + resource.id() + "@" + resource.version()));
        List<LevellingSite> sites = new ArrayList<>();
        Map<String, Map<String, Integer>> revisions = new HashMap<>();
        Map<String, Long> versions = new HashMap<>();
        Map<String, RolloutAssignments> documents = new HashMap<>();
        for (RolloutAssignments document : mongo.find(query(where("programId").is(programId)).with(Sort.by("_id")),
                RolloutAssignments.class)) {
            Optional<TaskDelays.PlanSlack> read = plans.slack(document.id());
            if (read.isEmpty()) {
                continue;
            }
            TaskDelays.PlanSlack plan = read.get();
            digest.add("rollout " + document.id() + "@" + document.version() + "/" + plan.version());
            Map<String, Integer> taskRevisions = new HashMap<>();
            plan.tasks().values().forEach(task -> taskRevisions.put(task.taskId(), task.revision()));
            revisions.put(document.id(), taskRevisions);
            versions.put(document.id(), plan.version());
            documents.put(document.id(), document);
            sites.add(site(document, plan, document.demand().calendar()));
        }
        List<PoolMember> members = pool.stream().map(PoolMember::of).toList();
        LevellingPlan plan = !asked.beyondFloat() ? Leveller.level(members, sites)
                : GoLiveShifts.level(members, sites, asked.maxWeeks(),
                LocalDate.now(clock).plusYears(GO_LIVE_YEARS_AHEAD), (site, newGoLive) -> {
                    RolloutAssignments document = documents.get(site.rolloutId());
                    TaskDelays.MovedSlack moved = plans.slackIf(site.rolloutId(), newGoLive).orElseThrow();
                    return new GoLiveShifts.Moved(site(document, moved.plan(), document.calendarAt(newGoLive)),
                            moved.moved());
                });
        return new Prepared(digest.text(), asked, plan, revisions, versions);
    }

    /** The rollout's assigned tasks at the plan's dates (the truth), with how far each may move within float. */
    private static LevellingSite site(RolloutAssignments document, TaskDelays.PlanSlack plan,
                                      WorkCalendar calendar) {
        List<AssignedTask> tasks = new ArrayList<>();
        Map<String, Integer> slack = new HashMap<>();
        for (AssignedTask task : document.tasks()) {
            TaskDelays.TaskSlack planned = plan.tasks().get(task.taskId());
            if (planned == null) {
                tasks.add(task);
                continue;
            }
            tasks.add(task.movedTo(planned.start(), planned.finish()));
            slack.put(task.taskId(), planned.slackDays());
        }
        return new LevellingSite(new SiteDemand(document.id(), calendar, tasks), plan.priority(), plan.goLiveDate(),
                slack);
    }

    /** Applies the preview with that fingerprint, asked as it was; the run as it stands when this call is done. */
    LevellingRun apply(String programId, String fingerprint, Asked asked) {
        Prepared prepared = prepare(programId, asked);
        if (!prepared.fingerprint().equals(fingerprint)) {
            throw new ConflictException("The pool, the assignments or a plan of program " + programId
                    + " changed since preview " + fingerprint + " (now " + prepared.fingerprint()
                    + "), or the preview was asked otherwise (beyondFloat, maxWeeks); preview again");
        }
        if (prepared.plan().moves().isEmpty() && prepared.plan().goLiveChanges().isEmpty()) {
            throw new RuleViolationException("fingerprint", "Preview " + fingerprint + " moves no task: nothing"
                    + " to apply");
        }
        Changed<LevellingRun> started = LevellingRun.start(programId, fingerprint, prepared.plan(),
                prepared.revisions(), prepared.versions(), clock.instant());
        LevellingRun run;
        try {
            run = store.insert(started.result(), started.events());
        } catch (DuplicateKeyException applied) {
            throw new ConflictException("Preview " + fingerprint + " was applied already (run " + fingerprint + ")");
        }
        return runs.drive(run);
    }
}
