package org.golive.tracking.report;

import java.time.LocalDate;
import java.util.List;

/**
 * What the project manager writes in a weekly report: the narrative of the week, its top risks and the decisions
 * the rollout needs from others.
 */
public record ReportContent(String narrative, List<Risk> risks, List<DecisionNeeded> decisions) {

    static final int MAX_RISKS = 10;
    static final int MAX_DECISIONS = 10;

    public ReportContent {
        risks = risks == null ? List.of() : List.copyOf(risks);
        decisions = decisions == null ? List.of() : List.copyOf(decisions);
    }

    public enum Impact { LOW, MEDIUM, HIGH, CRITICAL }

    /** A risk to the rollout, its owner and what it would do; the worst first is the reader's expectation. */
    public record Risk(String title, String owner, Impact impact, String mitigation) {
    }

    /** A decision the rollout waits for: who makes it, and by when it is needed. */
    public record DecisionNeeded(String decision, String decider, LocalDate dueBy) {
    }
}
