package org.golive.contract.budget;

import java.time.Instant;

/**
 * Finance set the amount a program may approve across its site budgets in a fiscal year. Key: program id.
 *
 * @param previousAmount null for the first envelope of that program and year
 */
public record EnvelopeSet(String programId, int fiscalYear, String currency, String amount, String previousAmount,
                          String setBy, Instant setAt) {

    public static final String TYPE = "org.golive.budget.envelope.set.v1";
}
