package org.golive.contract.tracking;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A go/no-go panel recorded its decision at a checkpoint (e.g. GL-7), once, with each member's vote and the state of
 * the readiness scorecard the decision was taken on. Key: rollout id.
 *
 * @param checkpoint        the checkpoint's name, e.g. GL-7
 * @param checkpointDate    the day the checkpoint falls on (go-live minus its days), when the go-live date is known
 * @param decision          GO, NO_GO or GO_WITH_CONDITIONS
 * @param scorecardRevision the scorecard revision the decision was taken on
 */
public record GoNoGoDecided(
        String rolloutId,
        String programId,
        String checkpoint,
        LocalDate checkpointDate,
        LocalDate goLiveDate,
        String decision,
        List<String> conditions,
        String rationale,
        List<PanelVote> votes,
        int scorecardRevision,
        BigDecimal score,
        String rating,
        boolean gated,
        List<String> failingCritical,
        String decidedBy,
        Instant decidedAt) {

    public static final String TYPE = "org.golive.tracking.go-no-go.decided.v1";

    /** @param vote GO, NO_GO or GO_WITH_CONDITIONS */
    public record PanelVote(String member, String vote, String comment) {
    }
}
