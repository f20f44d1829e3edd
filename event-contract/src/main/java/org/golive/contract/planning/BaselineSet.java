package org.golive.contract.planning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A named snapshot of a site plan's dates was taken; later variances are measured against it. Key: rollout id. */
public record BaselineSet(
        String rolloutId,
        String name,
        List<BaselineTask> tasks,
        Instant setAt) {

    public static final String TYPE = "org.golive.planning.baseline.set.v1";

    public record BaselineTask(String taskId, LocalDate start, LocalDate finish) {
    }
}
