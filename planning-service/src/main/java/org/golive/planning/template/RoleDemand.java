package org.golive.planning.template;

import org.golive.planning.role.ResourceRole;

import java.math.BigDecimal;

/**
 * What a template's task asks of a role, e.g. "2 credentialed trainers" ({@code units} 2: two full-time people on
 * every working day of the task) or "120 hours of an application analyst" ({@code effortHours}); exactly one is set.
 * A site plan made from the template gets it as an assignment of the program pool's generic role at once.
 */
public record RoleDemand(ResourceRole role, BigDecimal units, BigDecimal effortHours) {
}
