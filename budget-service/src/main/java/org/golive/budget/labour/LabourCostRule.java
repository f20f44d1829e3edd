package org.golive.budget.labour;

import org.golive.contract.budget.LabourCostRuleSet;
import org.golive.platform.outbox.Aggregate;
import org.golive.platform.outbox.Changed;
import org.golive.platform.outbox.RaisedEvent;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/**
 * Whether finance takes planning's labour cost into a program's site budgets. Off until finance switches it on: a
 * budget's figures change only when finance decided they may follow planning's assignments.
 */
@Document("labour_cost_rules")
public class LabourCostRule extends Aggregate {

    @Id
    private String programId;
    private boolean enabled;
    private String setBy;
    private Instant setAt;

    LabourCostRule() {
    }

    static LabourCostRule open(String programId) {
        LabourCostRule rule = new LabourCostRule();
        rule.programId = programId;
        return rule;
    }

    Changed<LabourCostRule> set(boolean on, String by, Instant now) {
        boolean previous = enabled;
        enabled = on;
        setBy = by;
        setAt = now;
        return Changed.of(this, RaisedEvent.of(programId, new LabourCostRuleSet(programId, on, previous, by, now)));
    }

    public boolean enabled() {
        return enabled;
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
        return "/budget/programs/" + programId + "/labour-cost-rule";
    }
}
