package org.golive.budget.budget;

/** Capital expenditure (depreciated over years) or operating expenditure (spent in the year). */
public enum SpendKind {
    CAPEX,
    OPEX
}
