package org.golive.tracking.readiness;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

/**
 * One go-live readiness criterion of a site.
 *
 * @param id          unique within the scorecard, lower-case words joined by hyphens
 * @param templateTag the readiness-criterion tag of the plan's tasks that evidence it, or null
 * @param passLevel   the attainment (percent, 1 to 100) at which it is met
 * @param attainment  percent reached, 0 to 100, from its feed or the last assessment, whichever came last
 * @param evidence    what shows the attainment (a sign-off, a report, the training figures)
 */
public record Criterion(String id, String name, Domain domain, Criticality criticality, int passLevel, String owner,
                        Feed feed, String templateTag, int attainment, String evidence, Instant updatedAt,
                        String updatedBy) {

    public CriterionStatus status() {
        if (attainment >= passLevel) {
            return CriterionStatus.MET;
        }
        return attainment > 0 ? CriterionStatus.PARTIAL : CriterionStatus.NOT_MET;
    }

    public boolean met() {
        return status() == CriterionStatus.MET;
    }

    /** Its share of its pass level, at most 1: what it adds to the score, times its weight. */
    BigDecimal progress() {
        // Twelve decimals: exact enough that the one-decimal score is the exact fraction's, rounded.
        return BigDecimal.valueOf(Math.min(attainment, passLevel)).divide(BigDecimal.valueOf(passLevel), 12,
                RoundingMode.HALF_UP);
    }

    Criterion attained(int newAttainment, String newEvidence, Instant at, String by) {
        return new Criterion(id, name, domain, criticality, passLevel, owner, feed, templateTag, newAttainment,
                newEvidence, at, by);
    }
}
