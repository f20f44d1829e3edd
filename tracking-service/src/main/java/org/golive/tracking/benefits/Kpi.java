package org.golive.tracking.benefits;

import org.golive.platform.outbox.Aggregate;
import org.golive.platform.outbox.Changed;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A KPI the PMO measures one of the program's strategic goals by: its name and unit, which way is better, the
 * program's baseline, the target and when it is due. A KPI with a currency is an amount per month in that currency,
 * and counts as a realized benefit. User input, stored with the event its definition raised (not rebuildable).
 */
@Document("benefits_kpis")
public class Kpi extends Aggregate {

    @Id
    private String id;
    private String programId;
    private String kpiId;
    private String goalId;
    private String name;
    private String unit;
    private Direction direction;
    /** Exact decimals, as strings: the value the user sent, never a binary fraction. */
    private String baseline;
    private String target;
    private LocalDate targetDate;
    private String currency;
    private String definedBy;
    private Instant definedAt;

    Kpi() {
    }

    /** What the PMO says a KPI is; checked (target better than baseline) before anything is stored. */
    record Definition(String goalId, String name, String unit, Direction direction, BigDecimal baseline,
                      BigDecimal target, LocalDate targetDate, String currency) {

        Definition {
            new KpiTarget(direction, baseline, target, YearMonth.from(targetDate));
        }
    }

    static String idOf(String programId, String kpiId) {
        return programId + ":" + kpiId;
    }

    static Changed<Kpi> define(String programId, String kpiId, Definition definition, String by, Instant at) {
        Kpi kpi = new Kpi();
        kpi.id = idOf(programId, kpiId);
        kpi.programId = programId;
        kpi.kpiId = kpiId;
        return kpi.redefine(definition, by, at);
    }

    Changed<Kpi> redefine(Definition d, String by, Instant at) {
        goalId = d.goalId();
        name = d.name();
        unit = d.unit();
        direction = d.direction();
        baseline = d.baseline().toPlainString();
        target = d.target().toPlainString();
        targetDate = d.targetDate();
        currency = d.currency();
        definedBy = by;
        definedAt = at;
        return Changed.of(this, BenefitsEvents.defined(this));
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    protected String eventSource() {
        return "/tracking/kpis/" + id;
    }

    public KpiTarget target() {
        return new KpiTarget(direction, new BigDecimal(baseline), new BigDecimal(target), YearMonth.from(targetDate));
    }

    String programId() {
        return programId;
    }

    String kpiId() {
        return kpiId;
    }

    String goalId() {
        return goalId;
    }

    String name() {
        return name;
    }

    String unit() {
        return unit;
    }

    Direction direction() {
        return direction;
    }

    BigDecimal baselineValue() {
        return new BigDecimal(baseline);
    }

    BigDecimal targetValue() {
        return new BigDecimal(target);
    }

    LocalDate targetDate() {
        return targetDate;
    }

    /** The ISO 4217 code of a monetary KPI; null for any other. */
    String currency() {
        return currency;
    }

    String definedBy() {
        return definedBy;
    }

    Instant definedAt() {
        return definedAt;
    }
}
