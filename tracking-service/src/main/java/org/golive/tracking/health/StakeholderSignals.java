package org.golive.tracking.health;

import org.golive.tracking.intake.DocumentSource;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * Where the stakeholder dimension of health gets a rollout's open severe conflicts and acknowledgement rate (the
 * projection of stakeholder-service's conflict and communication events provides it); without a bean of this type
 * the dimension has no data.
 */
public interface StakeholderSignals {

    StakeholderSignals NO_DATA = new StakeholderSignals() {
        @Override
        public Optional<Engagement> of(String rolloutId) {
            return Optional.empty();
        }

        @Override
        public Map<String, Engagement> of(DocumentSource source, Collection<String> rolloutIds) {
            return Map.of();
        }
    };

    /**
     * @param acknowledgementRate the share (0 to 1) of communications acknowledged, null when none was sent
     * @param openConflicts       open conflicts of any severity (the portfolio shows them)
     */
    record Engagement(int openSevereConflicts, BigDecimal acknowledgementRate, int openConflicts) {

        public Engagement(int openSevereConflicts, BigDecimal acknowledgementRate) {
            this(openSevereConflicts, acknowledgementRate, openSevereConflicts);
        }
    }

    Optional<Engagement> of(String rolloutId);

    /** The engagement of these rollouts from {@code source} (the database, or a rebuild's fold); none: left out. */
    Map<String, Engagement> of(DocumentSource source, Collection<String> rolloutIds);
}
