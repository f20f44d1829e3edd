package org.golive.tracking.status;

import java.time.LocalDate;
import java.util.Optional;

/** Rollouts' statuses kept on their own status dates, so that a read need not work one out from the plan. */
public interface KeptStatuses {

    /**
     * The kept status of a rollout on {@code asOf}, or on its own status date (the plan's, else {@code today}) when
     * {@code asOf} is null; empty when none is kept for that date.
     */
    Optional<RolloutStatus> find(String rolloutId, LocalDate asOf, LocalDate today);
}
