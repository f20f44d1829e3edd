package org.golive.planning.resource;

import org.golive.planning.program.Programs;
import org.golive.planning.rollout.TaskDelays;
import org.golive.platform.outbox.AggregateStore;
import org.golive.platform.outbox.Changed;
import org.golive.platform.problem.ConflictException;
import org.golive.platform.problem.RuleViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * Levelling of a program: the preview computed from the pool, the rollouts' assignments and their plans' float, with
 * a fingerprint of the state it was computed from; applying it computes it again and refuses (409) when the
 * fingerprint moved, then records the run and writes it ({@link LevellingRuns}).
 */
@Component
class Levelling {

    /** A preview and what applying it needs: each moved task's revision as the plan had it. */
    record Prepared(String fingerprint, LevellingPlan plan, Map<String, Map<String, Integer>> revisions) {
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

    Prepared prepare(String programId) {
        programs.get(programId);
        Fingerprint digest = new Fingerprint().add("program " + programId);
        List<Resource> pool = resources.pool(programId);
        pool.forEach(resource -> digest.add("resource " + resource.id() + "@" + resource.version()));
        List<LevellingSite> sites = new ArrayList<>();
        Map<String, Map<String, Integer>> revisions = new HashMap<>();
        for (RolloutAssignments document : mongo.find(query(where("programId").is(programId)).with(Sort.by("_id")),
                RolloutAssignments.class)) {
            Optional<TaskDelays.PlanSlack> read = plans.slack(document.id());
            if (read.isEmpty()) {
                continue;
            }
            TaskDelays.PlanSlack plan = read.get();
            digest.add("rollout " + document.id() + "@" + document.version() + "/" + plan.version());
            List<AssignedTask> tasks = new ArrayList<>();
            Map<String, Integer> slack = new HashMap<>();
            Map<String, Integer> taskRevisions = new HashMap<>();
            for (AssignedTask task : document.tasks()) {
                TaskDelays.TaskSlack planned = plan.tasks().get(task.taskId());
                if (planned == null) {
                    tasks.add(task);
                    continue;
                }
                tasks.add(task.movedTo(planned.start(), planned.finish())); // the plan's dates are the truth
                slack.put(task.taskId(), planned.slackDays());
                taskRevisions.put(task.taskId(), planned.revision());
            }
            revisions.put(document.id(), taskRevisions);
            sites.add(new LevellingSite(new SiteDemand(document.id(), document.demand().calendar(), tasks),
                    plan.priority(), plan.goLiveDate(), slack));
        }
        LevellingPlan plan = Leveller.level(pool.stream().map(PoolMember::of).toList(), sites);
        return new Prepared(digest.text(), plan, revisions);
    }

    /** Applies the preview with that fingerprint; the run as it stands when this call is done. */
    LevellingRun apply(String programId, String fingerprint) {
        Prepared prepared = prepare(programId);
        if (!prepared.fingerprint().equals(fingerprint)) {
            throw new ConflictException("The pool, the assignments or a plan of program " + programId
                    + " changed since preview " + fingerprint + " (now " + prepared.fingerprint()
                    + "); preview again");
        }
        if (prepared.plan().moves().isEmpty()) {
            throw new RuleViolationException("fingerprint", "Preview " + fingerprint + " moves no task: nothing"
                    + " to apply");
        }
        Changed<LevellingRun> started = LevellingRun.start(programId, fingerprint, prepared.plan().moves(),
                prepared.revisions(), clock.instant());
        LevellingRun run;
        try {
            run = store.insert(started.result(), started.events());
        } catch (DuplicateKeyException applied) {
            throw new ConflictException("Preview " + fingerprint + " was applied already (run " + fingerprint + ")");
        }
        return runs.drive(run);
    }
}
