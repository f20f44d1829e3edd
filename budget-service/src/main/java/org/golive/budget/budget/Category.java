package org.golive.budget.budget;

/**
 * What the money is for. EHR programs are notorious for under-budgeting the last five (training backfill,
 * at-the-elbow support, data conversion, interfaces), so each is its own line rather than a footnote.
 */
public enum Category {
    SOFTWARE(ExpenditureType.CAPEX),
    HARDWARE_DEVICES(ExpenditureType.CAPEX),
    IMPLEMENTATION_SERVICES(ExpenditureType.CAPEX),
    INTERNAL_STAFF_BACKFILL(ExpenditureType.OPEX),
    TRAINING(ExpenditureType.OPEX),
    GO_LIVE_SUPPORT(ExpenditureType.OPEX),
    INTERFACES(ExpenditureType.CAPEX),
    DATA_CONVERSION(ExpenditureType.CAPEX),
    CONTINGENCY(ExpenditureType.OPEX);

    private final ExpenditureType usualKind;

    Category(ExpenditureType usualKind) {
        this.usualKind = usualKind;
    }

    /** How the category is usually accounted for; a line may say otherwise (capitalised internal staff, say). */
    public ExpenditureType usualKind() {
        return usualKind;
    }
}
