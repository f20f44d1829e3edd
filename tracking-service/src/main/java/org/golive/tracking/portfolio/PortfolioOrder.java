package org.golive.tracking.portfolio;

import org.springframework.data.domain.Sort;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The portfolio's order: a column, ascending or descending, then the site name and the rollout id ascending, so that
 * rollouts with equal figures keep one order and pages never overlap or skip one. A rollout without the figure (no
 * plan, no budget) sorts first ascending, last descending, as MongoDB sorts a missing value.
 */
record PortfolioOrder(Column column, boolean descending) {

    static final PortfolioOrder DEFAULT = new PortfolioOrder(Column.GO_LIVE_DATE, false);

    /** A column and the stored field it sorts by; {@code money} columns are shown only to budget readers. */
    enum Column {
        SITE_NAME("siteName", "siteName", false),
        WAVE_NAME("waveName", "waveName", false),
        GO_LIVE_DATE("goLiveDate", "goLiveDate", false),
        DAYS_TO_GO_LIVE("daysToGoLive", "goLiveDate", false),
        HEALTH("health", "healthRank", false),
        PHASE("phase", "phaseRank", false),
        PERCENT_COMPLETE("percentComplete", "percentComplete", false),
        SPI("spi", "spi", false),
        CPI("cpi", "cpi", true),
        READINESS_SCORE("readinessScore", "readinessScore", false),
        BUDGET_BURN("budgetBurn", "budgetBurn", true),
        OPEN_CONFLICTS("openConflicts", "openConflicts", false);

        final String parameter;
        final String field;
        final boolean money;

        Column(String parameter, String field, boolean money) {
            this.parameter = parameter;
            this.field = field;
            this.money = money;
        }

        static String names() {
            return Arrays.stream(values()).map(c -> c.parameter).collect(Collectors.joining(", "));
        }
    }

    /** @throws IllegalArgumentException with a message for the client, for an unknown column or direction */
    static PortfolioOrder parse(String text) {
        String[] parts = text.strip().split(",", -1);
        if (parts.length > 2) {
            throw new IllegalArgumentException("must be a column, optionally with ,asc or ,desc");
        }
        Column column = Arrays.stream(Column.values()).filter(c -> c.parameter.equals(parts[0].strip())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("must be one of " + Column.names()
                        + ", optionally with ,asc or ,desc"));
        if (parts.length == 1) {
            return new PortfolioOrder(column, false);
        }
        return switch (parts[1].strip().toLowerCase(Locale.ROOT)) {
            case "asc" -> new PortfolioOrder(column, false);
            case "desc" -> new PortfolioOrder(column, true);
            default -> throw new IllegalArgumentException("direction must be asc or desc");
        };
    }

    /**
     * The days to go-live fall as the go-live date rises: sorting by days ascending is by date ascending too (the
     * nearest go-live first), so both columns sort by the stored date.
     */
    Sort sort() {
        Sort first = Sort.by(descending ? Sort.Direction.DESC : Sort.Direction.ASC, column.field);
        Sort ties = column == Column.SITE_NAME ? Sort.by("_id") : Sort.by("siteName", "_id");
        return first.and(ties);
    }

    String text() {
        return column.parameter + (descending ? ",desc" : ",asc");
    }
}
