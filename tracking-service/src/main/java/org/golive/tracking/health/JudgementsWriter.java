package org.golive.tracking.health;

import java.util.List;

/**
 * A {@link JudgementListener} that writes all of a call's judgements together (in one bulk write): one judgement is
 * a call of one.
 */
public interface JudgementsWriter extends JudgementListener {

    @Override
    default void judged(RolloutJudgement judgement) {
        judgedAll(List.of(judgement));
    }

    @Override
    void judgedAll(List<RolloutJudgement> judgements);
}
