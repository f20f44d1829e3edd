package org.golive.tracking.health;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Judging every rollout (a rule change, the nightly re-judge, a rebuild) reads its plans a chunk at a time: the chunk
 * is sized by the tasks the plans hold, so 200 plans of 2,000 tasks are not 400,000 task documents in memory at once.
 */
class JudgeAllChunkTest {

    @Test
    void smallPlansAreJudgedTwoHundredAtATime() {
        assertThat(HealthEvaluation.nextChunk(10, 200)).isEqualTo(HealthEvaluation.CHUNK);
        assertThat(HealthEvaluation.nextChunk(200, 200 * 20)).isEqualTo(200);
    }

    @Test
    void largePlansAreJudgedTenAtATime() {
        assertThat(HealthEvaluation.nextChunk(10, 10 * 2_000)).isEqualTo(10);
        assertThat(HealthEvaluation.nextChunk(200, 200 * 2_000)).isEqualTo(10);
        assertThat(HealthEvaluation.nextChunk(10, 10 * 400)).isEqualTo(50);
    }

    @Test
    void aPlanLargerThanTheBoundIsJudgedAlone() {
        assertThat(HealthEvaluation.nextChunk(3, 3 * 25_000)).isEqualTo(1);
    }

    @Test
    void aChunkThatReadNoPlanLeavesTheFirstSize() {
        assertThat(HealthEvaluation.nextChunk(0, 0)).isEqualTo(HealthEvaluation.FIRST_CHUNK);
        assertThat(HealthEvaluation.nextChunk(5, 0)).as("plans without tasks").isEqualTo(HealthEvaluation.CHUNK);
    }
}
