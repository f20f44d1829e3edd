package org.golive.tracking.status;

import java.time.LocalDate;

/**
 * A rollout as its one small document tells it, without its plan's tasks: what a wave's or a program's read needs to
 * list its rollouts ({@link RolloutPlans#headersInWave}).
 *
 * @param planSequence the last of the rollout's planning events its plan holds ({@link TrackedPlan#sequence}), so
 *                     that figures kept from a judgement of the plan can be told current or not
 */
public record RolloutHeader(String rolloutId, String programId, String waveId, String siteName,
                            LocalDate goLiveDate, long planSequence) {
}
