package org.golive.tracking.earnedvalue;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

/**
 * Rollouts' earned-value measures kept from their last judgements, so that a wave's or a program's earned value is
 * the sum of one small document per rollout, not of their plans' task documents decoded per request.
 */
public interface KeptMeasures {

    /**
     * The measures of these rollouts kept for {@code on}; a rollout missing is one never judged, judged on another
     * day, or left unsettled by judgements that read different inputs.
     */
    Map<String, Measures> on(Collection<String> rolloutIds, LocalDate on);
}
