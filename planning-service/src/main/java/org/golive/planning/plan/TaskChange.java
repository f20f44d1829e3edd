package org.golive.planning.plan;

public record TaskChange(PlanTask before, PlanTask after, Rescheduled rescheduled) {
}
