package org.golive.budget.budget;

/**
 * Capital expenditure (depreciated over years) or operating expenditure (spent in the year): how a line is accounted
 * for. Not to be confused with {@link SpendEntry.Kind}, which says whether spend is committed or actual.
 */
public enum ExpenditureType {
    CAPEX,
    OPEX
}
