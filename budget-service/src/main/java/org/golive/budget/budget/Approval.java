package org.golive.budget.budget;

import java.math.BigDecimal;
import java.time.Instant;

/** Who approved a budget, when, and whether it fitted the program's envelope or was let past it. */
public record Approval(String approvedBy, Instant approvedAt, BigDecimal total, boolean envelopeOverridden,
                       String overrideReason) {
}
