package org.golive.planning.resource;

import org.golive.planning.plan.Source;
import org.golive.planning.plan.PlanTask;
import org.golive.planning.plan.SitePlan;
import org.golive.planning.role.ResourceRole;
import org.golive.planning.rollout.PlanMadeFromTemplate;
import org.golive.planning.rollout.Rollout;
import org.golive.planning.rollout.Rollouts;
import org.golive.planning.template.PlanTemplates;
import org.golive.planning.template.RoleDemand;
import org.golive.planning.template.TemplateTask;
import org.golive.platform.problem.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Gives a site plan made from a template the role demand its template's tasks carry ("2 credentialed trainers for
 * 10 days"), as assignments of the program pool's generic role of each (its first ROLE resource of that role), so
 * the capacity view shows the new rollout's demand at once. A role the pool has no generic resource for is not
 * assigned (logged): the pool's capacity for it is unknown, and inventing one would report an over-allocation that
 * says nothing; the PMO adds the role to the pool and assigns it. Runs when the plan is made and again on the
 * plan-instantiated event (after a crash in between); the rollout's assignment document remembers that it ran.
 */
@Component
class TemplateDemand {

    private static final Logger log = LoggerFactory.getLogger(TemplateDemand.class);

    private final Rollouts rollouts;
    private final PlanTemplates templates;
    private final Resources resources;
    private final RolloutAssignmentStore assignments;
    private final EffortDrivenTasks effortDriven;
    private final LoadRefresh refresh;
    private final LabourCostRefresh labour;
    private final Clock clock;

    TemplateDemand(Rollouts rollouts, PlanTemplates templates, Resources resources, RolloutAssignmentStore assignments,
                   EffortDrivenTasks effortDriven, LoadRefresh refresh, LabourCostRefresh labour, Clock clock) {
        this.rollouts = rollouts;
        this.templates = templates;
        this.resources = resources;
        this.assignments = assignments;
        this.effortDriven = effortDriven;
        this.refresh = refresh;
        this.labour = labour;
        this.clock = clock;
    }

    /** In the request that made the plan: the plan is stored already, so a failure here is logged, never answered. */
    @EventListener
    void planMade(PlanMadeFromTemplate made) {
        try {
            apply(made.rolloutId());
        } catch (RuntimeException failed) {
            log.warn("Rollout {}: its template's role demand not assigned yet ({}); the plan-instantiated event"
                    + " tries again", made.rolloutId(), failed.toString());
        }
    }

    /**
     * From the plan-instantiated event, after a crash between the plan's write and {@link #planMade}. A rollout this
     * planning does not hold (its database restored from before the rollout was made) has no demand to catch up, and
     * no retry makes it appear: the event is passed over, not retried and dead-lettered, since every retry makes the
     * consumer fetch again every record behind it.
     */
    void catchUp(String rolloutId) {
        try {
            apply(rolloutId);
        } catch (NotFoundException unknown) {
            log.warn("Rollout {}: no template demand to catch up ({})", rolloutId, unknown.getMessage());
        }
    }

    void apply(String rolloutId) {
        Rollout rollout = rollouts.get(rolloutId);
        Optional<SitePlan> plan = rollout.sitePlan();
        if (plan.isEmpty() || plan.get().source().templateId() == null
                || assignments.find(rolloutId).map(RolloutAssignments::templateDemandApplied).orElse(false)) {
            return;
        }
        Source source = plan.get().source();
        List<TemplateTask> templateTasks = templates.get(source.templateId()).version(source.templateVersion())
                .tasks();
        if (templateTasks.stream().allMatch(task -> task.demand().isEmpty())) {
            return;
        }
        Map<PlanTask, List<Assignment>> demand = demand(rollout, plan.get(), templateTasks);
        if (demand.values().stream().allMatch(List::isEmpty)) {
            return; // no role of the pool asked for: no assignment document to keep for this site
        }
        List<String> assigned = assignments.change(rolloutId,
                () -> RolloutAssignments.open(rolloutId, rollout.programId(), plan.get().calendar(),
                        rollout.goLiveDate()),
                document -> document.applyTemplateDemand(demand, clock.instant()));
        demand.forEach((task, given) -> {
            if (assigned.contains(task.id()) && task.definition().effortDriven()) {
                effortDriven.assigned(rolloutId, task.id(), given);
            }
        });
        if (!assigned.isEmpty()) {
            refresh.program(rollout.programId());
            labour.rollout(rolloutId);
        }
    }

    private Map<PlanTask, List<Assignment>> demand(Rollout rollout, SitePlan plan, List<TemplateTask> templateTasks) {
        Map<ResourceRole, String> generic = new EnumMap<>(ResourceRole.class);
        for (Resource resource : resources.pool(rollout.programId())) {
            if (resource.profile().kind() == ResourceKind.ROLE) {
                generic.putIfAbsent(resource.profile().role(), resource.id());
            }
        }
        Map<PlanTask, List<Assignment>> demand = new LinkedHashMap<>();
        for (TemplateTask templateTask : templateTasks) {
            Optional<PlanTask> task = plan.find(templateTask.id());
            if (templateTask.demand().isEmpty() || task.isEmpty()) {
                continue;
            }
            List<Assignment> given = new java.util.ArrayList<>();
            for (RoleDemand role : templateTask.demand()) {
                String resourceId = generic.get(role.role());
                if (resourceId == null) {
                    log.info("Rollout {}: task {} asks for {} but the program's pool has no generic {} role; not"
                            + " assigned", rollout.id(), templateTask.id(), role.role(), role.role());
                } else {
                    given.add(new Assignment(resourceId, role.units(), role.effortHours()));
                }
            }
            demand.put(task.get(), given);
        }
        return demand;
    }
}
