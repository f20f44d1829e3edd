package org.golive.planning.plan;

import java.time.LocalDate;

public record Move(String taskId, LocalDate previousStart, LocalDate previousFinish, LocalDate start,
                   LocalDate finish) {
}
