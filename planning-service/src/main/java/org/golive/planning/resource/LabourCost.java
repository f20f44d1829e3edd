package org.golive.planning.resource;

import org.golive.contract.planning.LabourCostChanged;
import org.golive.planning.role.ResourceRole;
import org.golive.platform.outbox.Aggregate;
import org.golive.platform.outbox.Changed;
import org.golive.platform.outbox.RaisedEvent;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * A rollout's labour cost by month and role as last computed and published. It raises its event only when the cost
 * changed, and each event carries the whole cost: a consumer keeps the one with the highest sequence of this
 * aggregate's source.
 */
@Document("labour_costs")
public class LabourCost extends Aggregate {

    @Id
    private String id;
    private String programId;
    private String currency;
    private List<StoredMonth> months = new ArrayList<>();
    private Instant computedAt;

    /** A month as stored: "2027-03", the role, centihours and the amount as a plain decimal. */
    record StoredMonth(String month, ResourceRole role, long centihours, BigDecimal amount) {
    }

    LabourCost() {
    }

    static LabourCost open(String rolloutId, String programId, String currency) {
        LabourCost cost = new LabourCost();
        cost.id = rolloutId;
        cost.programId = programId;
        cost.currency = currency;
        return cost;
    }

    /** Holds the newly computed months; an event only when they differ from those published last. */
    Changed<Boolean> recompute(List<LabourMonth> computed, Instant now) {
        List<StoredMonth> stored = computed.stream().map(m -> new StoredMonth(m.month().toString(), m.role(),
                m.centihours(), m.amount())).toList();
        if (stored.equals(months) && computedAt != null) {
            return Changed.silently(false);
        }
        months = new ArrayList<>(stored);
        computedAt = now;
        List<LabourCostChanged.Month> published = stored.stream().map(m -> new LabourCostChanged.Month(m.month(),
                m.role().name(), Hours.text(m.centihours()), m.amount().toPlainString())).toList();
        return Changed.of(true, RaisedEvent.of(id, new LabourCostChanged(id, programId, currency, published,
                total().toPlainString(), now)));
    }

    List<LabourMonth> months() {
        return months.stream().map(m -> new LabourMonth(YearMonth.parse(m.month()), m.role(), m.centihours(),
                m.amount())).toList();
    }

    BigDecimal total() {
        int scale = java.util.Currency.getInstance(currency).getDefaultFractionDigits();
        return months.stream().map(StoredMonth::amount).reduce(BigDecimal.ZERO.setScale(scale), BigDecimal::add);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    protected String eventSource() {
        return "/planning/rollouts/" + id + "/labour-cost";
    }

    public String programId() {
        return programId;
    }

    public String currency() {
        return currency;
    }

    public Instant computedAt() {
        return computedAt;
    }
}
