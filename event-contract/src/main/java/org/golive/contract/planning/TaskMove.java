package org.golive.contract.planning;

import java.time.LocalDate;

/** One task whose scheduled dates changed, with its dates before and after. */
public record TaskMove(String taskId, LocalDate previousStart, LocalDate previousFinish, LocalDate start,
                       LocalDate finish) {
}
