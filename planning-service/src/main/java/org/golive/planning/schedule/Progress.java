package org.golive.planning.schedule;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What has actually happened to a task. Actual dates are facts: the scheduler shows them as given, even on a
 * non-working day, and plans the rest of the network around them.
 *
 * @param actualStart  when work started, or null if it has not
 * @param actualFinish when work finished, or null if it has not; requires an actual start on or before it
 * @param percentComplete the share of the duration done (0..100), read for a task in progress against a status date:
 *                        its remaining duration is {@code duration * (100 - percentComplete) / 100}
 */
public record Progress(LocalDate actualStart, LocalDate actualFinish, int percentComplete) {

    /** Not started. */
    public static final Progress NONE = new Progress(null, null);

    public Progress(LocalDate actualStart, LocalDate actualFinish) {
        this(actualStart, actualFinish, 0);
    }

    public Progress {
        if (percentComplete < 0 || percentComplete > 100) {
            throw new IllegalArgumentException("Percent complete must be 0..100: " + percentComplete);
        }
        if (actualFinish != null && actualStart == null) {
            throw new IllegalArgumentException("An actual finish (" + actualFinish + ") needs an actual start");
        }
        if (actualFinish != null && actualFinish.isBefore(actualStart)) {
            throw new IllegalArgumentException(
                    "Actual finish " + actualFinish + " is before actual start " + actualStart);
        }
    }

    public static Progress startedOn(LocalDate actualStart) {
        return new Progress(Objects.requireNonNull(actualStart, "actualStart"), null);
    }

    /** Started on {@code actualStart} with {@code percentComplete} of the duration done. */
    public static Progress startedOn(LocalDate actualStart, int percentComplete) {
        return new Progress(Objects.requireNonNull(actualStart, "actualStart"), null, percentComplete);
    }

    public static Progress done(LocalDate actualStart, LocalDate actualFinish) {
        return new Progress(Objects.requireNonNull(actualStart, "actualStart"),
                Objects.requireNonNull(actualFinish, "actualFinish"));
    }

    public boolean isStarted() {
        return actualStart != null;
    }

    public boolean isDone() {
        return actualFinish != null;
    }
}
