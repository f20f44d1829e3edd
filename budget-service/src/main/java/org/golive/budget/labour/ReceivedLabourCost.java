package org.golive.budget.labour;

import org.golive.budget.budget.LabourLines;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * The latest labour cost planning published for a rollout, kept whether or not its program's rule is on, so that
 * switching the rule on takes in what planning already computed. {@code sequence}: the event's place among the
 * rollout's labour cost events.
 */
@Document(ReceivedLabourCost.COLLECTION)
record ReceivedLabourCost(@Id String rolloutId, String programId, String currency, long sequence,
                          List<Month> months) {

    static final String COLLECTION = "received_labour_costs";

    record Month(String month, String role, BigDecimal amount) {
    }

    List<LabourLines.RoleMonth> roleMonths() {
        return months.stream().map(m -> new LabourLines.RoleMonth(YearMonth.parse(m.month()), m.role(), m.amount()))
                .toList();
    }
}
