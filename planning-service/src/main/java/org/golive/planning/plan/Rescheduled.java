package org.golive.planning.plan;

import java.util.List;

/** What a change did to the schedule. */
public record Rescheduled(List<Move> moved, List<MilestoneSlip> slips) {
}
