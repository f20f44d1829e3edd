package org.golive.planning.rollout;

import org.golive.platform.problem.RuleViolationException;

import java.time.LocalDate;

/** The range every go-live date must lie in, checked when a rollout is created and when its go-live moves. */
final class GoLiveWindow {

    private static final LocalDate EARLIEST_GO_LIVE = LocalDate.of(2000, 1, 1);
    private static final LocalDate LATEST_GO_LIVE = LocalDate.of(2100, 12, 31);

    private GoLiveWindow() {
    }

    static void check(LocalDate goLiveDate) {
        if (goLiveDate.isBefore(EARLIEST_GO_LIVE) || goLiveDate.isAfter(LATEST_GO_LIVE)) {
            throw new RuleViolationException("goLiveDate", "The go-live date must lie between " + EARLIEST_GO_LIVE
                    + " and " + LATEST_GO_LIVE);
        }
    }
}
