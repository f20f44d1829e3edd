package org.golive.planning.resource;

import org.golive.planning.role.ResourceRole;
import org.golive.planning.schedule.WorkCalendar;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class ProgramLoadsTest {

    private static final LocalDate START = LocalDate.of(2027, 3, 1);

    /** Random programs (part-time people, vacations, holidays, units and effort, a removed resource): same table. */
    @RepeatedTest(20)
    void addingUpTheRolloutsSpreadsGivesTheWholeProgramsTable(RepetitionInfo repetition) {
        Random random = new Random(repetition.getCurrentRepetition());
        List<PoolMember> pool = new ArrayList<>();
        for (int p = 0; p < 8; p++) {
            EnumSet<DayOfWeek> weekdays = p % 3 == 0 ? EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.THURSDAY)
                    : EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
            pool.add(new PoolMember("p" + p, "P" + p, ResourceKind.PERSON, ResourceRole.TRAINER,
                    p % 3 == 0 ? 2400 : 4000, weekdays.size(),
                    WorkCalendar.of(weekdays, List.of(START.plusDays(random.nextInt(90))), List.of())));
        }
        List<SiteDemand> sites = new ArrayList<>();
        for (int s = 0; s < 6; s++) {
            List<AssignedTask> tasks = new ArrayList<>();
            for (int t = 0; t < 40; t++) {
                LocalDate start = START.plusDays(random.nextInt(100));
                List<Assignment> assignments = new ArrayList<>();
                int people = 1 + random.nextInt(2);
                for (int a = 0; a < people; a++) {
                    String resource = "p" + ((t + a * 3) % 9); // p8 is not in the pool: a removed resource
                    assignments.add(random.nextBoolean()
                            ? new Assignment(resource, new BigDecimal("0.25").multiply(BigDecimal.valueOf(1 + random.nextInt(4))), null)
                            : new Assignment(resource, null, new BigDecimal(1 + random.nextInt(40) + ".37")));
                }
                tasks.add(new AssignedTask("t" + t, start, start.plusDays(random.nextInt(15)), t % 17 == 0, 1,
                        assignments));
            }
            sites.add(new SiteDemand("site-" + s, WorkCalendar.mondayToFriday(List.of(START.plusDays(10 * s))),
                    tasks));
        }

        LoadTable whole = LoadCalculator.compute(pool, sites);
        LoadTable added = ProgramLoads.add(pool, sites.stream().map(SiteLoad::of).toList());

        assertThat(whole.overAllocations()).isNotEmpty();
        assertThat(comparable(added)).isEqualTo(comparable(whole));
    }

    private static List<Object> comparable(LoadTable table) {
        List<Object> parts = new ArrayList<>(List.of(String.valueOf(table.firstMonday()), table.weeks(),
                table.overAllocations()));
        table.rows().forEach(row -> parts.add(row.member().resourceId() + Arrays.toString(row.capacity())
                + Arrays.toString(row.demand())));
        return parts;
    }
}
