package org.golive.planning.resource;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An hourly cost in the pool's currency, in force from {@code from} until the next rate's date. */
public record CostRate(LocalDate from, BigDecimal hourlyRate) {
}
