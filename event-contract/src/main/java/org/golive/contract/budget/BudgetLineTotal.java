package org.golive.contract.budget;

import java.util.List;

/**
 * One line of a site budget as published: amounts are exact decimals written as strings ("12500.00") in the
 * budget's currency, so that no consumer reads them through a floating-point number.
 *
 * @param category SOFTWARE, HARDWARE_DEVICES, IMPLEMENTATION_SERVICES, INTERNAL_STAFF_BACKFILL, TRAINING,
 *                 GO_LIVE_SUPPORT, INTERFACES, DATA_CONVERSION or CONTINGENCY
 * @param kind     CAPEX or OPEX
 * @param months   the amount planned per month ("2027-03")
 */
public record BudgetLineTotal(String lineId, String category, String kind, String description, String total,
                              List<MonthAmount> months) {

    public record MonthAmount(String month, String amount) {
    }
}
