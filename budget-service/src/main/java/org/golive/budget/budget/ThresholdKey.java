package org.golive.budget.budget;

/**
 * A share of the approved budget whose crossing by spend is announced once: of the whole budget (no category) or of
 * one category. The ledger remembers crossed ones by {@link #stored()}, "TOTAL:90" or "CATEGORY:TRAINING:90".
 */
record ThresholdKey(Category category, int percent) {

    static ThresholdKey total(int percent) {
        return new ThresholdKey(null, percent);
    }

    static ThresholdKey of(Category category, int percent) {
        return new ThresholdKey(category, percent);
    }

    boolean isTotal() {
        return category == null;
    }

    String stored() {
        return isTotal() ? "TOTAL:" + percent : "CATEGORY:" + category + ":" + percent;
    }
}
