package org.golive.planning.template;

import org.golive.planning.plan.TaskDefinition;

import java.util.List;

/**
 * A task of a plan template. Its id becomes the task's id in every site plan made from the template, so that the
 * same task can be followed across sites; its offsets are relative to the site's go-live date. {@code demand} is the
 * roles it needs (none: nobody is assigned when a site plan is made).
 */
public record TemplateTask(String id, TaskDefinition definition, List<RoleDemand> demand) {

    public TemplateTask {
        demand = demand == null ? List.of() : List.copyOf(demand);
    }

    public TemplateTask(String id, TaskDefinition definition) {
        this(id, definition, List.of());
    }
}
