package org.golive.planning.rollout;

import org.golive.platform.problem.RuleViolationException;

import java.time.LocalDate;

/**
 * The range every go-live date must lie in, checked when a rollout is created and when its go-live moves; and, for a
 * new rollout, the window around today a go-live is planned in.
 */
final class GoLiveWindow {

    private static final LocalDate EARLIEST_GO_LIVE = LocalDate.of(2000, 1, 1);
    private static final LocalDate LATEST_GO_LIVE = LocalDate.of(2100, 12, 31);

    /** How far ahead a new rollout's go-live may be planned: further is a typing slip, not a plan. */
    static final int MAX_YEARS_AHEAD = 10;

    private GoLiveWindow() {
    }

    /**
     * A new rollout goes live between today and ten years ahead. A site that already went live is recorded only when
     * the request says it is history, so a mistyped year does not quietly create a rollout whose plan is all overdue.
     */
    static void checkNew(LocalDate goLiveDate, LocalDate today, boolean history) {
        if (goLiveDate.isBefore(today) && !history) {
            throw new RuleViolationException("goLiveDate", "The go-live date " + goLiveDate + " is in the past (today"
                    + " is " + today + "); to record a site that already went live, send \"history\": true");
        }
        LocalDate latest = today.plusYears(MAX_YEARS_AHEAD);
        if (goLiveDate.isAfter(latest)) {
            throw new RuleViolationException("goLiveDate", "The go-live date " + goLiveDate + " is more than "
                    + MAX_YEARS_AHEAD + " years ahead (the latest is " + latest + ")");
        }
    }

    static void check(LocalDate goLiveDate) {
        if (goLiveDate.isBefore(EARLIEST_GO_LIVE) || goLiveDate.isAfter(LATEST_GO_LIVE)) {
            throw new RuleViolationException("goLiveDate", "The go-live date must lie between " + EARLIEST_GO_LIVE
                    + " and " + LATEST_GO_LIVE);
        }
    }
}
