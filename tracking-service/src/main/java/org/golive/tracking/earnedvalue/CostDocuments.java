package org.golive.tracking.earnedvalue;

import org.bson.Document;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The stored form of a rollout's costs: amounts as exact decimal strings, keyed by budget and transaction. */
final class CostDocuments {

    private CostDocuments() {
    }

    /** Field names may not contain dots or start with '$': ids are escaped one-to-one. */
    static String key(String id) {
        return id.replace("%", "%25").replace(".", "%2E").replace("$", "%24");
    }

    static RolloutCosts costs(Document d) {
        if (d == null) {
            return RolloutCosts.NONE;
        }
        List<RolloutCosts.ApprovedBudget> budgets = new ArrayList<>();
        Document byId = d.get("budgets", Document.class);
        if (byId != null) {
            byId.values().forEach(value -> {
                Document budget = (Document) value;
                budgets.add(new RolloutCosts.ApprovedBudget(budget.getString("status"), budget.getString("currency"),
                        budget.getString("total") == null ? null : new BigDecimal(budget.getString("total"))));
            });
        }
        List<RolloutCosts.Actual> actuals = new ArrayList<>();
        Document byTransaction = d.get("actuals", Document.class);
        if (byTransaction != null) {
            byTransaction.values().forEach(value -> {
                Document actual = (Document) value;
                actuals.add(new RolloutCosts.Actual(actual.getString("date") == null ? null
                        : LocalDate.parse(actual.getString("date")), new BigDecimal(actual.getString("amount")),
                        actual.getString("currency")));
            });
        }
        return new RolloutCosts(budgets, actuals, sequence(d.get("appliedEvents", Document.class)));
    }

    /** The sum of the sources' high-water marks ({@code AppliedEvents}): each event applied raises one of them. */
    private static long sequence(Document marks) {
        long sum = 0;
        if (marks != null) {
            for (Object mark : marks.values()) {
                sum += ((Number) mark).longValue();
            }
        }
        return sum;
    }
}
