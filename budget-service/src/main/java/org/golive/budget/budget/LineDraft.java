package org.golive.budget.budget;

import java.math.BigDecimal;
import java.util.List;

/**
 * A line as a planner gives it, not yet checked: the id is kept when it names an existing line, given otherwise; a
 * missing kind takes the category's usual one.
 */
public record LineDraft(String lineId, Category category, ExpenditureType kind, String description,
                        List<Month> months) {

    /** A month as typed: "2027-03" and an amount in the budget's currency. */
    public record Month(String month, BigDecimal amount) {
    }
}
