package org.golive.planning.rollout;

import org.golive.platform.problem.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GoLiveWindowTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    @Test
    void aNewGoLiveLiesBetweenTodayAndTenYearsAhead() {
        assertThatCode(() -> GoLiveWindow.checkNew(TODAY, TODAY, false)).doesNotThrowAnyException();
        assertThatCode(() -> GoLiveWindow.checkNew(TODAY.plusYears(10), TODAY, false)).doesNotThrowAnyException();
        assertThatThrownBy(() -> GoLiveWindow.checkNew(TODAY.minusDays(1), TODAY, false))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("is in the past");
        assertThatThrownBy(() -> GoLiveWindow.checkNew(TODAY.plusYears(10).plusDays(1), TODAY, false))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("more than 10 years ahead");
    }

    @Test
    void historyAllowsThePastButNotTheFarFuture() {
        assertThatCode(() -> GoLiveWindow.checkNew(TODAY.minusYears(3), TODAY, true)).doesNotThrowAnyException();
        assertThatThrownBy(() -> GoLiveWindow.checkNew(TODAY.plusYears(11), TODAY, true))
                .isInstanceOf(RuleViolationException.class);
    }
}
