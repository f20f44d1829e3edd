package org.golive.planning.resource;

import java.math.BigDecimal;

/**
 * A resource on a task: {@code units} (1 = one full-time person, eight hours, on every working day of the task;
 * 2 = two people of a role) or {@code effortHours} spread evenly over the task's working days. Exactly one is set.
 */
public record Assignment(String resourceId, BigDecimal units, BigDecimal effortHours) {
}
