package org.golive.planning.template;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.golive.planning.plan.DependencyForm;
import org.golive.planning.plan.Raci;
import org.golive.planning.plan.SitePlan;
import org.golive.planning.plan.TaskDefinition;
import org.golive.planning.role.ResourceRole;
import org.golive.platform.input.PlainText;
import org.golive.platform.problem.RuleViolationException;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** What the template API takes and gives. */
final class TemplateForms {

    private TemplateForms() {
    }

    record PhaseForm(@NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,39}") String key,
                     @NotBlank @Size(max = 100) @PlainText String name) {
    }

    /**
     * @param goLiveOffsetDays   start no earlier than go-live plus this many calendar days: -120 is "GL-120"
     * @param deadlineOffsetDays finish no later than go-live plus this many days (e.g. 0 for the go-live milestone)
     * @param durationDays       working days; 0 makes a milestone. May be left out when {@code duration} is given
     * @param duration           an hour-level or elapsed duration in MS Project's notation instead of durationDays:
     *                           {@code 4h}, {@code 30m}, {@code 2ed}, {@code 12eh} (working time of the task's calendar,
     *                           or elapsed time)
     * @param calendar           {@code 24-hours} for a task worked around the clock (a cutover); left out: the site's
     * @param effortDriven       true: its duration is effortHours / (units assigned x hours per day), as in MS Project
     * @param demand             the roles the task needs at every site, e.g. 2 credentialed trainers: assigned to the
     *                           program pool's generic role of each when a site plan is made from the template
     */
    @Schema(name = "TemplateTaskForm") // not the site plan's TaskForm: one OpenAPI document holds both
    record TaskForm(@NotBlank @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_-]{0,63}") String id,
                    @Size(max = 40) @PlainText String wbs,
                    @Size(max = 40) @PlainText String phase,
                    @NotBlank @Size(max = 300) @PlainText String title,
                    @Min(-3650) @Max(3650) Integer goLiveOffsetDays,
                    @Min(-3650) @Max(3650) Integer deadlineOffsetDays,
                    @Min(0) @Max(1000) Integer durationDays,
                    @Size(max = 100) List<@Valid DependencyForm> dependencies,
                    @PositiveOrZero @DecimalMax("1000000") BigDecimal effortHours,
                    @Size(max = 200) @PlainText String readinessCriterion,
                    @Size(max = 100) List<Raci.Assignment> raci,
                    @Size(max = 16) String duration,
                    @Size(max = 40) String calendar,
                    Boolean effortDriven,
                    @Size(max = 20) List<@NotNull @Valid DemandForm> demand) {

        TemplateTask toTask(int index) {
            Raci assignments = Raci.of(raci == null ? List.of() : raci, "tasks[" + index + "].raci");
            TaskDefinition definition = new TaskDefinition(wbs, phase, title.strip(), goLiveOffsetDays,
                    deadlineOffsetDays, durationDays == null ? 0 : durationDays,
                    DependencyForm.toDependencies(dependencies), effortHours, readinessCriterion, assignments, null,
                    null, duration, calendar, Boolean.TRUE.equals(effortDriven), null);
            return new TemplateTask(id, definition, DemandForm.toDemand(demand, definition, "tasks[" + index
                    + "].demand"));
        }

        static TaskForm of(TemplateTask task) {
            TaskDefinition d = task.definition();
            return new TaskForm(task.id(), d.wbs(), d.phase(), d.title(), d.startOffsetDays(),
                    d.deadlineOffsetDays(), d.durationDays(), DependencyForm.of(d.dependencies()), d.effortHours(),
                    d.readinessCriterion(), d.raci().assignments(), d.duration(), d.calendar(), d.effortDriven(),
                    task.demand().stream().map(r -> new DemandForm(r.role(), r.units(), r.effortHours())).toList());
        }
    }

    /**
     * @param units       people of the role on every working day of the task (2 = two full-time trainers)
     * @param effortHours or hours of the role's work spread over the task's working days
     */
    @Schema(name = "TemplateRoleDemand")
    record DemandForm(@NotNull ResourceRole role,
                      @DecimalMin(value = "0", inclusive = false) @DecimalMax("100") @Digits(integer = 3, fraction = 2)
                      BigDecimal units,
                      @DecimalMin(value = "0", inclusive = false) @DecimalMax("100000")
                      @Digits(integer = 6, fraction = 2) BigDecimal effortHours) {

        /** One demand a role per task, units or effort; effort needs working time to spread over. */
        static List<RoleDemand> toDemand(List<DemandForm> forms, TaskDefinition task, String field) {
            if (forms == null) {
                return List.of();
            }
            java.util.Set<ResourceRole> roles = java.util.EnumSet.noneOf(ResourceRole.class);
            for (int i = 0; i < forms.size(); i++) {
                DemandForm form = forms.get(i);
                if (!roles.add(form.role())) {
                    throw new RuleViolationException(field + "[" + i + "].role", "The task asks for " + form.role()
                            + " twice; give the role one demand");
                }
                if ((form.units() == null) == (form.effortHours() == null)) {
                    throw new RuleViolationException(field + "[" + i + "]", "Give either units or effortHours");
                }
                if (form.effortHours() != null && task.milestone()) {
                    throw new RuleViolationException(field + "[" + i + "].effortHours", "A milestone has no working"
                            + " time to spread " + form.effortHours() + " hours over");
                }
            }
            return forms.stream().map(f -> new RoleDemand(f.role(), f.units(), f.effortHours())).toList();
        }
    }

    record ContentForm(@Size(max = 100) List<@Valid PhaseForm> phases,
                       @NotEmpty @Size(max = SitePlan.MAX_TASKS) List<@Valid TaskForm> tasks) {

        PlanTemplate.Content toContent() {
            List<Phase> phaseList = phases == null ? List.of()
                    : phases.stream().map(p -> new Phase(p.key(), p.name().strip())).toList();
            List<TemplateTask> taskList = new java.util.ArrayList<>();
            for (int i = 0; i < tasks.size(); i++) {
                taskList.add(tasks.get(i).toTask(i));
            }
            return new PlanTemplate.Content(phaseList, taskList);
        }
    }

    record CreateTemplate(@NotBlank @Size(max = 200) @PlainText String name,
                          @Size(max = 2000) String description,
                          @Size(max = 20) List<@NotBlank @Size(max = 40) @PlainText String> siteTypes,
                          @NotNull @Valid ContentForm content,
                          boolean publish) {
    }

    record NewVersion(@Valid ContentForm content, boolean publish) {
    }

    record ReviseDraft(@NotNull @Valid ContentForm content, @NotNull Long version) {
    }

    record VersionView(int number, TemplateVersion.State state, List<Phase> phases, List<TaskForm> tasks,
                       Instant createdAt, Instant publishedAt) {
        static VersionView of(TemplateVersion v) {
            return new VersionView(v.number(), v.state(), v.phases(), v.tasks().stream().map(TaskForm::of).toList(),
                    v.createdAt(), v.publishedAt());
        }
    }

    record VersionSummary(int number, TemplateVersion.State state, int tasks, Instant publishedAt) {
    }

    record TemplateView(String id, String name, String description, List<String> siteTypes,
                        List<VersionSummary> versions, Instant createdAt, long version) {
        static TemplateView of(PlanTemplate t) {
            return new TemplateView(t.id(), t.name(), t.description(), t.siteTypes(), t.versions().stream()
                    .map(v -> new VersionSummary(v.number(), v.state(), v.tasks().size(), v.publishedAt())).toList(),
                    t.createdAt(), t.version());
        }
    }
}
