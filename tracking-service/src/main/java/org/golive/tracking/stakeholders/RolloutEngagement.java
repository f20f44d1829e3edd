package org.golive.tracking.stakeholders;

import org.golive.tracking.health.StakeholderSignals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What stakeholder-service's events told about a rollout: each conflict (its severity, whether resolved) and each
 * communication (whether it asked for acknowledgement, who got it, who acknowledged). Facts, not counters: each event
 * sets facts about one conflict or one recipient, so the figures are the same in whatever order the events came.
 */
record RolloutEngagement(Map<String, Conflict> conflicts, Map<String, Communication> communications) {

    /** The severities that count as severe for health. */
    static final Set<String> SEVERE = Set.of("HIGH", "CRITICAL");

    /** @param severity LOW, MEDIUM, HIGH or CRITICAL; null if only an event without it arrived */
    record Conflict(String severity, boolean resolved) {
    }

    /**
     * @param asks         whether the communication asked for acknowledgement (a deadline, not a reminder: a
     *                     reminder's acknowledgements count for the communication it reminds of); null until its
     *                     {@code CommunicationSent} arrived
     * @param delivered    recipient keys the mail reached
     * @param acknowledged recipient keys that acknowledged
     */
    record Communication(Boolean asks, Set<String> delivered, Set<String> acknowledged) {
    }

    /** Open (raised or escalated, not resolved) conflicts per severity. */
    Map<String, Integer> openConflictsBySeverity() {
        Map<String, Integer> open = new TreeMap<>();
        conflicts.values().stream().filter(conflict -> !conflict.resolved() && conflict.severity() != null)
                .forEach(conflict -> open.merge(conflict.severity(), 1, Integer::sum));
        return open;
    }

    int openSevereConflicts() {
        return openConflictsBySeverity().entrySet().stream().filter(e -> SEVERE.contains(e.getKey()))
                .mapToInt(Map.Entry::getValue).sum();
    }

    /**
     * Of the recipients reached by communications that asked for acknowledgement, the share that acknowledged, to
     * three places (as stakeholder-service computes its own rates: a failed delivery cannot be acknowledged); null
     * when no such communication reached anyone.
     */
    BigDecimal acknowledgementRate() {
        int delivered = 0;
        int acknowledged = 0;
        for (Communication communication : communications.values()) {
            if (Boolean.TRUE.equals(communication.asks())) {
                delivered += communication.delivered().size();
                acknowledged += (int) communication.acknowledged().stream()
                        .filter(communication.delivered()::contains).count();
            }
        }
        return delivered == 0 ? null : BigDecimal.valueOf(acknowledged)
                .divide(BigDecimal.valueOf(delivered), 3, RoundingMode.HALF_UP);
    }

    StakeholderSignals.Engagement engagement() {
        return new StakeholderSignals.Engagement(openSevereConflicts(), acknowledgementRate(),
                openConflictsBySeverity().values().stream().mapToInt(Integer::intValue).sum());
    }
}
