package org.golive.budget.budget;

/**
 * What the money is for. EHR programs are notorious for under-budgeting the last five (training backfill,
 * at-the-elbow support, data conversion, interfaces), so each is its own line rather than a footnote.
 */
public enum Category {
    SOFTWARE(SpendKind.CAPEX),
    HARDWARE_DEVICES(SpendKind.CAPEX),
    IMPLEMENTATION_SERVICES(SpendKind.CAPEX),
    INTERNAL_STAFF_BACKFILL(SpendKind.OPEX),
    TRAINING(SpendKind.OPEX),
    GO_LIVE_SUPPORT(SpendKind.OPEX),
    INTERFACES(SpendKind.CAPEX),
    DATA_CONVERSION(SpendKind.CAPEX),
    CONTINGENCY(SpendKind.OPEX);

    private final SpendKind usualKind;

    Category(SpendKind usualKind) {
        this.usualKind = usualKind;
    }

    /** How the category is usually accounted for; a line may say otherwise (capitalised internal staff, say). */
    public SpendKind usualKind() {
        return usualKind;
    }
}
