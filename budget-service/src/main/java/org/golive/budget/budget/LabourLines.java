package org.golive.budget.budget;

import org.golive.budget.money.Money;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Planning's labour cost of a rollout made a budget's labour lines: one line per role (id {@code planning-labour-}
 * and the role), in the category that role's work is budgeted under, with the months of the budget's fiscal year.
 * Months outside it belong to another year's budget.
 */
public final class LabourLines {

    public static final String PREFIX = "planning-labour-";

    private LabourLines() {
    }

    /** What planning costs a role in a month, in the currency's decimals. */
    public record RoleMonth(YearMonth month, String role, BigDecimal amount) {
    }

    /** The category a role's work is budgeted under; a role planning adds later lands in implementation services. */
    static Category categoryOf(String role) {
        return switch (role) {
            case "TRAINER", "CREDENTIALED_TRAINER" -> Category.TRAINING;
            case "SUPER_USER" -> Category.INTERNAL_STAFF_BACKFILL;
            case "INTERFACE_ENGINEER" -> Category.INTERFACES;
            case "COMMAND_CENTER_STAFF" -> Category.GO_LIVE_SUPPORT;
            default -> Category.IMPLEMENTATION_SERVICES;
        };
    }

    static List<BudgetLine> of(List<RoleMonth> months, FiscalYear year, Currency currency) {
        Map<String, List<PlannedMonth>> byRole = new TreeMap<>();
        for (RoleMonth month : months) {
            if (year.contains(month.month())) {
                byRole.computeIfAbsent(month.role(), r -> new ArrayList<>())
                        .add(new PlannedMonth(month.month(), Money.rounded(month.amount(), currency)));
            }
        }
        List<BudgetLine> lines = new ArrayList<>();
        byRole.forEach((role, planned) -> {
            Category category = categoryOf(role);
            lines.add(new BudgetLine(PREFIX + role.toLowerCase(Locale.ROOT).replace('_', '-'), category,
                    category.usualKind(), "Labour: " + role.toLowerCase(Locale.ROOT).replace('_', ' ')
                    + " (from planning's assignments)", planned, LineOrigin.PLANNING));
        });
        return lines;
    }
}
