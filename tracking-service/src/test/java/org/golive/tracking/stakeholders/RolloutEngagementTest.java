package org.golive.tracking.stakeholders;

import org.bson.Document;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class RolloutEngagementTest {

    @Test
    void openConflictsAreTheRaisedOnesNotResolvedCountedBySeverity() {
        RolloutEngagement engagement = new RolloutEngagement(Map.of(
                "c1", new RolloutEngagement.Conflict("CRITICAL", false),
                "c2", new RolloutEngagement.Conflict("HIGH", false),
                "c3", new RolloutEngagement.Conflict("HIGH", true),
                "c4", new RolloutEngagement.Conflict("MEDIUM", false),
                "c5", new RolloutEngagement.Conflict("LOW", true)), Map.of());

        assertThat(engagement.openConflictsBySeverity()).containsExactlyInAnyOrderEntriesOf(
                Map.of("CRITICAL", 1, "HIGH", 1, "MEDIUM", 1));
        assertThat(engagement.openSevereConflicts()).as("HIGH and CRITICAL").isEqualTo(2);
        assertThat(engagement.acknowledgementRate()).as("nothing asked for acknowledgement").isNull();
    }

    @Test
    void theAcknowledgementRateCountsRecipientsReachedByCommunicationsThatAskedForIt() {
        RolloutEngagement engagement = new RolloutEngagement(Map.of(), Map.of(
                "asked", new RolloutEngagement.Communication(true, Set.of("stakeholder:a", "stakeholder:b",
                        "user:c"), Set.of("stakeholder:a", "user:c")),
                // acknowledged by someone the mail never reached (a failed delivery): not counted either side
                "alsoAsked", new RolloutEngagement.Communication(true, Set.of("stakeholder:d"),
                        Set.of("stakeholder:e")),
                "announcement", new RolloutEngagement.Communication(false, Set.of("stakeholder:x", "stakeholder:y"),
                        Set.of()),
                // its CommunicationSent has not arrived yet: whether it asks is unknown
                "unknown", new RolloutEngagement.Communication(null, Set.of("stakeholder:z"), Set.of())));

        assertThat(engagement.acknowledgementRate()).as("2 of 4").isEqualByComparingTo("0.5");
        assertThat(engagement.engagement().openSevereConflicts()).isZero();
        assertThat(engagement.engagement().acknowledgementRate()).isEqualTo(new BigDecimal("0.500"));
    }

    @Test
    void theStoredFormReadsBackWithEscapedKeys() {
        String recipient = "user:ana.lopez";
        Document stored = new Document("conflicts", new Document("c1", new Document("severity", "HIGH"))
                .append("c2", new Document("severity", "CRITICAL").append("resolved", true)))
                .append("communications", new Document("m1", new Document("asks", true)
                        .append("delivered", new Document(EngagementDocuments.key(recipient), true)
                                .append(EngagementDocuments.key("stakeholder:s1"), true))
                        .append("acknowledged", new Document(EngagementDocuments.key(recipient), true))));

        RolloutEngagement engagement = EngagementDocuments.engagement(stored);

        assertThat(EngagementDocuments.key(recipient)).doesNotContain(".");
        assertThat(engagement.openSevereConflicts()).isEqualTo(1);
        assertThat(engagement.acknowledgementRate()).isEqualByComparingTo("0.5");
    }
}
