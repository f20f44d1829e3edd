package org.golive.tracking.rebuild;

import org.golive.tracking.health.Colour;
import org.golive.tracking.health.RolloutJudgement;
import org.golive.tracking.status.Plans;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a rebuild judges again after its switch: rollouts judged on other threads while it watched (a live event, an
 * assessment, a rule change), never its own judgements of every rollout, and nothing once it stopped watching.
 */
class JudgedMeanwhileTest {

    private final JudgedMeanwhile meanwhile = new JudgedMeanwhile();

    @Test
    void keepsTheRolloutsJudgedElsewhereWhileWatchingAndNotTheRebuildsOwn() throws InterruptedException {
        meanwhile.judged(judgement("before-watching"));
        meanwhile.watch();
        meanwhile.judged(judgement("judged-by-the-rebuild"));
        elsewhere("judged-by-a-listener");
        elsewhere("judged-by-an-assessment");

        assertThat(meanwhile.stop()).containsExactlyInAnyOrder("judged-by-a-listener", "judged-by-an-assessment");

        elsewhere("after-the-switch");
        assertThat(meanwhile.stop()).isEmpty();
    }

    @Test
    void aNewWatchStartsEmpty() throws InterruptedException {
        meanwhile.watch();
        elsewhere("of-an-abandoned-rebuild");
        meanwhile.watch();
        assertThat(meanwhile.stop()).isEmpty();
    }

    private void elsewhere(String rolloutId) throws InterruptedException {
        Thread thread = new Thread(() -> meanwhile.judged(judgement(rolloutId)));
        thread.start();
        thread.join();
    }

    private static RolloutJudgement judgement(String rolloutId) {
        return new RolloutJudgement(Plans.plan(rolloutId, List.of()), LocalDate.now(), Colour.GREEN, Map.of(), null,
                null, null, 0);
    }
}
