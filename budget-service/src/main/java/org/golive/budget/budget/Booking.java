package org.golive.budget.budget;

import java.util.List;

/**
 * What booking a batch did: the entries new to the budget, those booked before with the same values (a re-import),
 * those that clash with an earlier booking of the same transaction id, and those the budget refused.
 */
public record Booking(List<SpendEntry> recorded, List<SpendEntry> alreadyRecorded, List<SpendEntry> clashing,
                      List<Refusal> refused) {

    /** An entry the budget cannot take, the field at fault and why. */
    public record Refusal(SpendEntry entry, String field, String message) {
    }
}
