package org.golive.budget.labour;

import org.golive.budget.budget.Budget;
import org.golive.budget.budget.BudgetSettings;
import org.golive.budget.budget.Budgets;
import org.golive.contract.planning.LabourCostChanged;
import org.golive.platform.consumer.AppliedEvents;
import org.golive.platform.consumer.IncomingEvent;
import org.golive.platform.outbox.AggregateStore;
import org.golive.platform.outbox.ConcurrentChanges;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.List;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * Takes planning's labour cost of a rollout: kept once per event (the source's high-water mark in the same write),
 * then, where the program's rule is on, into the draft budgets' planning lines, each budget guarded by the event's
 * sequence in the same write as its lines. The same event twice, or an older one after a newer, changes nothing.
 */
@Component
public class LabourCostIntake {

    private static final Logger log = LoggerFactory.getLogger(LabourCostIntake.class);

    private final AppliedEvents applied;
    private final MongoTemplate mongo;
    private final AggregateStore store;
    private final Budgets budgets;
    private final BudgetSettings settings;

    LabourCostIntake(AppliedEvents applied, MongoTemplate mongo, AggregateStore store, Budgets budgets,
                     BudgetSettings settings) {
        this.applied = applied;
        this.mongo = mongo;
        this.store = store;
        this.budgets = budgets;
        this.settings = settings;
    }

    public void take(IncomingEvent event, LabourCostChanged cost) {
        List<ReceivedLabourCost.Month> months = cost.months().stream()
                .map(m -> new ReceivedLabourCost.Month(m.month(), m.role(), new BigDecimal(m.amount()))).toList();
        Update kept = new Update().set("programId", cost.programId()).set("currency", cost.currency())
                .set("sequence", event.sequence()).set("months", months);
        applied.apply(event, ReceivedLabourCost.COLLECTION, cost.rolloutId(), kept);
        // Applied now or before: the budgets' own sequence guard decides, so a crash between the two writes heals.
        if (ruleOn(cost.programId())) {
            intoBudgets(received(cost.rolloutId()));
        }
    }

    /** Takes every rollout's kept cost of the program into its draft budgets; returns how many budgets took one. */
    int program(String programId) {
        return mongo.find(query(where("programId").is(programId)), ReceivedLabourCost.class).stream()
                .mapToInt(this::intoBudgets).sum();
    }

    private boolean ruleOn(String programId) {
        return store.find(LabourCostRule.class, programId).map(LabourCostRule::enabled).orElse(false);
    }

    private ReceivedLabourCost received(String rolloutId) {
        return mongo.findById(rolloutId, ReceivedLabourCost.class);
    }

    private int intoBudgets(ReceivedLabourCost cost) {
        if (cost == null) {
            return 0;
        }
        int changed = 0;
        for (Budget loaded : budgets.ofRollout(cost.rolloutId())) {
            if (!loaded.currency().equals(cost.currency())) {
                log.warn("Labour cost of rollout {} is in {}, its budget {} in {}: not taken", cost.rolloutId(),
                        cost.currency(), loaded.id(), loaded.currency());
                continue;
            }
            changed += ConcurrentChanges.retry(() -> {
                Budget budget = budgets.get(loaded.id());
                var taken = budget.planning().takeLabourCost(cost.sequence(), cost.roleMonths(),
                        settings.fiscalCalendar());
                if (taken.result()) {
                    budgets.save(budget, taken.events());
                }
                return taken.result() ? 1 : 0;
            });
        }
        return changed;
    }
}
