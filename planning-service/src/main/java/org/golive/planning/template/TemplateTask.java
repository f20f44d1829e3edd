package org.golive.planning.template;

import org.golive.planning.plan.TaskDefinition;

/**
 * A task of a plan template. Its id becomes the task's id in every site plan made from the template, so that the
 * same task can be followed across sites; its offsets are relative to the site's go-live date.
 */
public record TemplateTask(String id, TaskDefinition definition) {
}
