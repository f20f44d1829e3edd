package org.golive.tracking.health;

import org.golive.contract.tracking.HealthChanged;
import org.golive.platform.outbox.Changed;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class RolloutHealthTest {

    private static final Instant NOW = Instant.parse("2027-01-22T10:00:00Z");

    private static Health health(String spi, String cpi) {
        return Health.judge(HealthRules.defaults(), new Signals(true, spi == null ? null : new BigDecimal(spi), 0,
                cpi == null ? null : new BigDecimal(cpi), Optional.empty(), Optional.empty()));
    }

    @Test
    void aRolloutWithNoDataAnywhereIsStoredWithoutAnEvent() {
        Changed<RolloutHealth> first = RolloutHealth.first("r", "p", Health.judge(HealthRules.defaults(),
                new Signals(false, null, 0, null, Optional.empty(), Optional.empty())), NOW);

        assertThat(first.raisedEvents()).isFalse();
        assertThat(first.result().overall().colour()).isEqualTo(Colour.NO_DATA);
    }

    @Test
    void theFirstJudgementWithDataIsPublishedWithoutAPreviousColour() {
        Changed<RolloutHealth> first = RolloutHealth.first("r", "p", health("1.00", null), NOW);

        HealthChanged event = (HealthChanged) first.events().get(0).data();
        assertThat(event.previousOverall()).isNull();
        assertThat(event.overall()).isEqualTo("GREEN");
        assertThat(event.cause()).isEqualTo("schedule.spi");
    }

    @Test
    void aColourChangeIsAnEventNamingTheRuleThatCausedIt() {
        RolloutHealth health = RolloutHealth.first("r", "p", health("1.00", "1.00"), NOW).result();

        Changed<RolloutHealth> worse = health.judged("p", health("1.00", "0.90"), NOW.plusSeconds(60));

        assertThat(worse.events()).singleElement().satisfies(raised -> {
            assertThat(raised.key()).isEqualTo("r");
            HealthChanged event = (HealthChanged) raised.data();
            assertThat(event.overall()).isEqualTo("AMBER");
            assertThat(event.cause()).isEqualTo("cost.cpi");
            assertThat(event.dimensions()).filteredOn(d -> d.dimension().equals("COST")).singleElement()
                    .satisfies(d -> {
                        assertThat(d.previous()).isEqualTo("GREEN");
                        assertThat(d.colour()).isEqualTo("AMBER");
                        assertThat(d.value()).isEqualTo("0.90");
                        assertThat(d.threshold()).isEqualTo("0.95");
                    });
        });
    }

    @Test
    void figuresThatMoveWithinTheirColourRaiseNothing() {
        RolloutHealth health = RolloutHealth.first("r", "p", health("1.00", "1.00"), NOW).result();

        assertThat(health.holds("p", health("1.00", "1.00"))).isTrue();
        assertThat(health.holds("p", health("0.98", "1.00"))).isFalse();
        assertThat(health.judged("p", health("0.98", "1.00"), NOW).raisedEvents()).isFalse();
    }
}
