package org.golive.tracking;

import io.cloudevents.CloudEvent;
import org.golive.contract.stakeholder.CommunicationAcknowledged;
import org.golive.contract.stakeholder.CommunicationDelivered;
import org.golive.contract.stakeholder.CommunicationSent;
import org.golive.contract.stakeholder.ConflictRaised;
import org.golive.contract.stakeholder.ConflictResolved;
import org.golive.contract.stakeholder.ConflictUpdated;
import org.golive.testsupport.TestEvents;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Object mother of stakeholder-service's conflict and communication events, with the sources it gives them (one per
 * conflict, one per communication) and keyed as it keys them.
 */
final class StakeholderEvents {

    private StakeholderEvents() {
    }

    static CloudEvent conflictRaised(String rolloutId, String programId, String conflictId, String severity) {
        return TestEvents.event(new ConflictRaised(conflictId, rolloutId, programId, "Order sets", "SCOPE", severity,
                "owner", List.of("s1", "s2"), "CMIO", LocalDate.of(2026, 12, 1), "pm", Instant.now()),
                "/stakeholder/conflicts/" + conflictId, 1, rolloutId);
    }

    static CloudEvent conflictResolved(String rolloutId, String programId, String conflictId, String severity) {
        return TestEvents.event(new ConflictResolved(conflictId, rolloutId, programId, "SCOPE", severity, "OWNER",
                "Keep the standard order sets", "CMIO", Instant.now()), "/stakeholder/conflicts/" + conflictId, 2,
                rolloutId);
    }

    /** An edit of an open conflict that sets its severity; {@code sequence} counts the conflict's events. */
    static CloudEvent conflictUpdated(String rolloutId, String programId, String conflictId, String severity,
                                      long sequence) {
        return TestEvents.event(new ConflictUpdated(conflictId, rolloutId, programId, List.of("severity"),
                "Order sets", "SCOPE", severity, "owner", List.of("s1", "s2"), "CMIO", LocalDate.of(2026, 12, 1),
                List.of(), "OPEN", "OWNER", null, "pm", Instant.now()), "/stakeholder/conflicts/" + conflictId,
                sequence, rolloutId);
    }

    /** Sequence 1 of the communication: sent to the recipients, asking for acknowledgement by a deadline. */
    static CloudEvent sent(String rolloutId, String programId, String communicationId, List<String> recipients) {
        return TestEvents.event(new CommunicationSent(communicationId, rolloutId, programId, null, null,
                "ANNOUNCEMENT", "GO_LIVE_PREPARATION", "Downtime procedures", recipients,
                Instant.parse("2026-12-01T17:00:00Z"), null, null, null, null, "pm", Instant.now()),
                "/stakeholder/communications/" + communicationId, 1, rolloutId == null ? programId : rolloutId);
    }

    static CloudEvent delivered(String rolloutId, String programId, String communicationId, String recipient,
                                long sequence) {
        return TestEvents.event(new CommunicationDelivered(communicationId, rolloutId, programId, recipient, null,
                        null, 1, "<" + communicationId + "." + recipient + "@golive>", Instant.now()),
                "/stakeholder/communications/" + communicationId, sequence,
                rolloutId == null ? programId : rolloutId);
    }

    static CloudEvent acknowledged(String rolloutId, String programId, String communicationId, String recipient,
                                   long sequence) {
        return TestEvents.event(new CommunicationAcknowledged(communicationId, rolloutId, programId, recipient, null,
                        null, true, Instant.now()), "/stakeholder/communications/" + communicationId, sequence,
                rolloutId == null ? programId : rolloutId);
    }
}
