package org.golive.stakeholder.conflict;

import java.time.Instant;

/**
 * How a conflict was settled.
 *
 * @param decidedBy  who made the decision (the decision-maker named by the user, or the user)
 * @param recordedBy the user who recorded it
 */
public record Resolution(String decision, String decidedBy, String recordedBy, Instant decidedAt) {
}
