package org.golive.tracking.status;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** The day figures are measured on: the one asked for, or today in the program's time zone ({@code TIME_ZONE}). */
@Component
public class StatusDate {

    private final Clock clock;
    private final ZoneId zone;

    StatusDate(Clock clock, @Value("${golive.tracking.time-zone:UTC}") ZoneId zone) {
        this.clock = clock;
        this.zone = zone;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    public LocalDate orToday(LocalDate asked) {
        return asked != null ? asked : today();
    }
}
