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

    /** The key {@link #stored()} wrote. */
    static ThresholdKey parse(String stored) {
        String[] parts = stored.split(":");
        return parts[0].equals("TOTAL") ? total(Integer.parseInt(parts[1]))
                : of(Category.valueOf(parts[1]), Integer.parseInt(parts[2]));
    }

    String stored() {
        return isTotal() ? "TOTAL:" + percent : "CATEGORY:" + category + ":" + percent;
    }
}
