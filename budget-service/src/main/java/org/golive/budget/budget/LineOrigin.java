package org.golive.budget.budget;

/** Who keeps a budget line: people, or planning's labour cost (never edited by hand, replaced whole by planning). */
public enum LineOrigin {
    MANUAL,
    PLANNING
}
