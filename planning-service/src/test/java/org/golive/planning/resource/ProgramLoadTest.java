package org.golive.planning.resource;

import org.golive.contract.planning.ResourceOverAllocated;
import org.golive.contract.planning.ResourceOverAllocationResolved;
import org.golive.planning.role.ResourceRole;
import org.golive.platform.outbox.Changed;
import org.golive.planning.schedule.WorkCalendar;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ProgramLoadTest {

    private static final LocalDate W14 = LocalDate.of(2027, 4, 5);
    private static final Instant NOW = Instant.parse("2027-01-10T09:00:00Z");
    private static final WorkCalendar SITE = WorkCalendar.mondayToFriday(List.of());
    private static final PoolMember DANA = new PoolMember("dana", "Dana", ResourceKind.PERSON,
            ResourceRole.TRAINER, 4000, 5, SITE);

    private static LoadTable demand(String units) {
        return LoadCalculator.compute(List.of(DANA), List.of(new SiteDemand("site", SITE, List.of(
                new AssignedTask("t", W14, W14.plusDays(4), false, 1,
                        List.of(new Assignment("dana", new BigDecimal(units), null)))))));
    }

    @Test
    void anOverAllocationThatAppearsIsAnEventAndSoIsItsDisappearance() {
        ProgramLoad load = ProgramLoad.empty("program");

        Changed<Boolean> over = load.recompute(demand("1.5"), NOW);
        assertThat(over.events()).singleElement().satisfies(event -> {
            assertThat(event.key()).isEqualTo("program");
            assertThat(event.data()).isInstanceOfSatisfying(ResourceOverAllocated.class, data -> {
                assertThat(data.week()).isEqualTo("2027-W14");
                assertThat(data.capacityHours()).isEqualTo("40");
                assertThat(data.demandHours()).isEqualTo("60");
                assertThat(data.tasks()).containsExactly(new ResourceOverAllocated.Demand("site", "t", "60"));
            });
        });

        assertThat(load.recompute(demand("1.25"), NOW).events()).as("still over: no new event").isEmpty();

        Changed<Boolean> within = load.recompute(demand("0.5"), NOW);
        assertThat(within.events()).singleElement().satisfies(event ->
                assertThat(event.data()).isInstanceOfSatisfying(ResourceOverAllocationResolved.class, data -> {
                    assertThat(data.week()).isEqualTo("2027-W14");
                    assertThat(data.demandHours()).isEqualTo("20");
                }));
        assertThat(load.overAllocations()).isEmpty();
    }

    @Test
    void theSameDemandAgainChangesNothing() {
        ProgramLoad load = ProgramLoad.empty("program");
        load.recompute(demand("0.5"), NOW);

        assertThat(load.recompute(demand("0.5"), NOW).result()).isFalse();
        assertThat(load.recompute(demand("0.75"), NOW).result()).isTrue();
    }
}
