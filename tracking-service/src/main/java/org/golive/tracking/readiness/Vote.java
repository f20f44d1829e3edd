package org.golive.tracking.readiness;

import java.time.Instant;

/** @param recordedBy who entered it: the member, or the PMO recording the panel's votes in the meeting */
public record Vote(String member, VoteValue vote, String comment, String recordedBy, Instant at) {
}
