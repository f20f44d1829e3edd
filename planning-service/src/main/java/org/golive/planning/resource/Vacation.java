package org.golive.planning.resource;

import java.time.LocalDate;

/** Days off, first and last day included. */
public record Vacation(LocalDate from, LocalDate to) {
}
