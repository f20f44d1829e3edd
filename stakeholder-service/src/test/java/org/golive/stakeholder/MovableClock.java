package org.golive.stakeholder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The real time, moved ahead by what a test says: deadlines pass without waiting for them. */
final class MovableClock extends Clock {

    private volatile Duration ahead = Duration.ZERO;

    void moveAhead(Duration by) {
        ahead = ahead.plus(by);
    }

    void reset() {
        ahead = Duration.ZERO;
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(ahead);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException();
    }
}
