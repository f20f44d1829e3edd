package org.golive.budget.budget;

import org.golive.contract.budget.ThresholdsSet;
import org.golive.platform.outbox.Aggregate;
import org.golive.platform.outbox.Changed;
import org.golive.platform.outbox.RaisedEvent;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.List;

/**
 * The spend thresholds finance or the PMO set for all the budgets of a program (those with thresholds of their own
 * excepted). A program without one uses the configured defaults ({@code golive.budget.thresholds}).
 */
@Document("threshold_policies")
public class ThresholdPolicy extends Aggregate {

    @Id
    private String programId;
    private List<Integer> percents;
    private String setBy;
    private Instant setAt;

    ThresholdPolicy() {
    }

    static ThresholdPolicy open(String programId) {
        ThresholdPolicy policy = new ThresholdPolicy();
        policy.programId = programId;
        return policy;
    }

    Changed<ThresholdPolicy> set(ThresholdPercents newPercents, String by, Instant now) {
        List<Integer> previous = percents;
        percents = newPercents.values();
        setBy = by;
        setAt = now;
        return Changed.of(this, RaisedEvent.of(programId, new ThresholdsSet("PROGRAM", programId, null, null, null,
                percents, previous, percents, by, now)));
    }

    public ThresholdPercents percents() {
        return new ThresholdPercents(percents);
    }

    public String setBy() {
        return setBy;
    }

    public Instant setAt() {
        return setAt;
    }

    @Override
    public String id() {
        return programId;
    }

    @Override
    protected String eventSource() {
        return "/budget/threshold-policies/" + programId;
    }
}
