package org.golive.tracking.health;

import java.math.BigDecimal;

/**
 * One rule's judgement.
 *
 * @param rule      the rule that set the colour, e.g. {@code schedule.spi}; null with no data
 * @param value     what it measured, a plain decimal string
 * @param threshold the bound held against: the red or amber bound crossed, or the amber bound met for green
 */
public record Verdict(Colour colour, String rule, String value, String threshold) {

    static final Verdict NO_DATA = new Verdict(Colour.NO_DATA, null, null, null);

    static Verdict of(Colour colour, String rule, BigDecimal value, BigDecimal threshold) {
        return new Verdict(colour, rule, value.toPlainString(), threshold.toPlainString());
    }

    /** The worse of the two; on a tie, this one. */
    Verdict worst(Verdict other) {
        return other.colour.worseThan(colour) ? other : this;
    }
}
