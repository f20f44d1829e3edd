package org.golive.contract.planning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The project manager set (or cleared) the date the site plan's progress is reported to, MS Project's status date:
 * work not started moves after it, in-progress work is rescheduled from it, completed work stays. Key: rollout id.
 *
 * @param statusDate         the new status date, null when cleared (progress is then planned from the actual dates)
 * @param previousStatusDate the one before, null if none
 * @param tasksMoved         the tasks whose dates changed with it
 */
public record StatusDateSet(
        String rolloutId,
        LocalDate statusDate,
        LocalDate previousStatusDate,
        List<TaskMove> tasksMoved,
        List<String> criticalPath,
        Integer criticalPathFloat,
        LocalDate planFinish,
        Instant setAt) {

    public static final String TYPE = "org.golive.planning.status-date.set.v1";
}
