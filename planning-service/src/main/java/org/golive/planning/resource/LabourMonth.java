package org.golive.planning.resource;

import org.golive.planning.role.ResourceRole;

import java.math.BigDecimal;
import java.time.YearMonth;

/** The hours a role works on one rollout in a month ({@link Hours} centihours) and what they cost, currency-rounded. */
public record LabourMonth(YearMonth month, ResourceRole role, long centihours, BigDecimal amount) {
}
