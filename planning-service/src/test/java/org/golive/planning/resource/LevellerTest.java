package org.golive.planning.resource;

import org.golive.planning.role.ResourceRole;
import org.golive.planning.schedule.WorkCalendar;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class LevellerTest {

    private static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
    private static final WorkCalendar SITE = WorkCalendar.mondayToFriday(List.of());
    /** Monday of ISO week 2027-W14. */
    private static final LocalDate W14 = LocalDate.of(2027, 4, 5);
    private static final PoolMember DANA = new PoolMember("dana", "Dana", ResourceKind.PERSON,
            ResourceRole.CREDENTIALED_TRAINER, 4000, 5, WorkCalendar.of(WEEKDAYS, List.of(), List.of()));

    private static LevellingSite site(String id, LocalDate goLive, AssignedTask task, int slack) {
        return new LevellingSite(new SiteDemand(id, SITE, List.of(task)), goLive, Map.of(task.taskId(), slack));
    }

    private static AssignedTask training(String id, LocalDate start, LocalDate finish, String units) {
        return new AssignedTask(id, start, finish, false, 1,
                List.of(new Assignment("dana", new BigDecimal(units), null)));
    }

    @Test
    void theLaterGoLiveWaitsInsideItsSlackAndTheOverAllocationGoes() {
        // Wave 2 (go-live 1 June) trains all week 14; wave 3 (go-live 1 July) wants Dana half-time Wed-Fri of week 14.
        LevellingSite wave2 = site("wave-2-site", LocalDate.of(2027, 6, 1),
                training("end-user-training", W14, W14.plusDays(4), "1"), 10);
        LevellingSite wave3 = site("wave-3-site", LocalDate.of(2027, 7, 1),
                training("train-the-trainer", W14.plusDays(2), W14.plusDays(4), "0.5"), 10);

        LevellingPlan plan = Leveller.level(List.of(DANA), List.of(wave2, wave3));

        assertThat(plan.excessBefore()).isEqualTo(1200);
        assertThat(plan.excessAfter()).isZero();
        assertThat(plan.remaining()).isEmpty();
        // Three working days later: Mon-Wed of week 15, where Dana has room; wave 2 keeps its dates.
        assertThat(plan.moves()).containsExactly(new LevellingPlan.Move("wave-3-site", "train-the-trainer",
                W14.plusDays(2), W14.plusDays(4), W14.plusDays(7), W14.plusDays(9), 3, 1200));
    }

    @Test
    void onSitesWhoseFridayIsShortTheExcessAndTheDelayCountTheFridayAsFourHours() {
        // Both sites work Friday 08:00-12:00. Wave 2 trains all week 14 at one unit: 36 h. Wave 3 wants Dana half-time
        // Thursday and Friday: 4 h + 2 h. 42 h against 40: 2 h over (counting Friday as a full day: 48 h, 8 over).
        WorkCalendar shortFriday = SITE.withWeekdayTimes(
                Map.of(DayOfWeek.FRIDAY, org.golive.planning.schedule.WorkingTimes.parse("08:00-12:00")));
        AssignedTask wave2Training = training("end-user-training", W14, W14.plusDays(4), "1");
        AssignedTask wave3Training = training("train-the-trainer", W14.plusDays(3), W14.plusDays(4), "0.5");
        LevellingSite wave2 = new LevellingSite(new SiteDemand("wave-2-site", shortFriday, List.of(wave2Training)),
                LocalDate.of(2027, 6, 1), Map.of("end-user-training", 10));
        LevellingSite wave3 = new LevellingSite(new SiteDemand("wave-3-site", shortFriday, List.of(wave3Training)),
                LocalDate.of(2027, 7, 1), Map.of("train-the-trainer", 10));

        LevellingPlan plan = Leveller.level(List.of(DANA), List.of(wave2, wave3));

        assertThat(plan.excessBefore()).isEqualTo(200);
        assertThat(plan.excessAfter()).isZero();
        // One working day later (Friday and Monday): week 14 asks 36 + 2 = 38 h.
        assertThat(plan.moves()).containsExactly(new LevellingPlan.Move("wave-3-site", "train-the-trainer",
                W14.plusDays(3), W14.plusDays(4), W14.plusDays(4), W14.plusDays(7), 1, 200));
    }

    @Test
    void aHigherPriorityRolloutKeepsItsDatesEvenWhenItGoesLiveLater() {
        // As above, but wave 3's site has priority 900: wave 2's site (default 500) waits instead.
        AssignedTask wave2Training = training("end-user-training", W14, W14.plusDays(4), "1");
        LevellingSite wave2 = new LevellingSite(new SiteDemand("wave-2-site", SITE, List.of(wave2Training)),
                LocalDate.of(2027, 6, 1), Map.of("end-user-training", 10));
        AssignedTask wave3Training = training("train-the-trainer", W14.plusDays(2), W14.plusDays(4), "0.5");
        LevellingSite wave3 = new LevellingSite(new SiteDemand("wave-3-site", SITE, List.of(wave3Training)), 900,
                LocalDate.of(2027, 7, 1), Map.of("train-the-trainer", 10));

        LevellingPlan plan = Leveller.level(List.of(DANA), List.of(wave2, wave3));

        assertThat(plan.excessAfter()).isZero();
        assertThat(plan.moves()).extracting(LevellingPlan.Move::rolloutId).containsOnly("wave-2-site");
    }

    @Test
    void aTaskIsNeverDelayedBeyondItsSlackAndWhatCannotMoveIsLeftNamed() {
        LevellingSite wave2 = site("wave-2-site", LocalDate.of(2027, 6, 1),
                training("end-user-training", W14, W14.plusDays(4), "1"), 0);
        LevellingSite wave3 = site("wave-3-site", LocalDate.of(2027, 7, 1),
                training("train-the-trainer", W14.plusDays(2), W14.plusDays(4), "0.5"), 2);

        LevellingPlan plan = Leveller.level(List.of(DANA), List.of(wave2, wave3));

        // Two days of slack move two of its three days out of week 14: 4 h over remain.
        assertThat(plan.moves()).singleElement().satisfies(move -> {
            assertThat(move.workingDays()).isEqualTo(2);
            assertThat(move.toStart()).isEqualTo(W14.plusDays(4));
            assertThat(move.removedCentihours()).isEqualTo(800);
        });
        assertThat(plan.remaining()).singleElement().satisfies(over -> {
            assertThat(over.week()).isEqualTo("2027-W14");
            assertThat(over.demand() - over.capacity()).isEqualTo(400);
        });
        assertThat(plan.excessAfter()).isEqualTo(400);
    }

    @Test
    void withoutSlackNothingMoves() {
        LevellingSite wave2 = site("wave-2-site", LocalDate.of(2027, 6, 1),
                training("end-user-training", W14, W14.plusDays(4), "1"), 0);
        LevellingSite wave3 = site("wave-3-site", LocalDate.of(2027, 7, 1),
                training("train-the-trainer", W14.plusDays(2), W14.plusDays(4), "0.5"), 0);

        LevellingPlan plan = Leveller.level(List.of(DANA), List.of(wave2, wave3));

        assertThat(plan.moves()).isEmpty();
        assertThat(plan.remaining()).hasSize(1);
        assertThat(plan.excessAfter()).isEqualTo(plan.excessBefore()).isEqualTo(1200);
    }

    @Test
    void theSameProgramGivesTheSameMovesInWhateverOrderItsSitesComeAndCreatesNoNewOverAllocation() {
        Random random = new Random(5);
        List<PoolMember> pool = new ArrayList<>();
        for (int p = 0; p < 6; p++) {
            pool.add(new PoolMember("p" + p, "P" + p, ResourceKind.PERSON, ResourceRole.TRAINER, 4000, 5,
                    WorkCalendar.of(WEEKDAYS, List.of(), List.of())));
        }
        List<LevellingSite> sites = new ArrayList<>();
        for (int s = 0; s < 8; s++) {
            List<AssignedTask> tasks = new ArrayList<>();
            Map<String, Integer> slack = new java.util.HashMap<>();
            for (int t = 0; t < 30; t++) {
                LocalDate start = W14.plusDays(random.nextInt(60));
                tasks.add(new AssignedTask("t" + t, start, start.plusDays(random.nextInt(8)), false, 1,
                        List.of(new Assignment("p" + random.nextInt(6), null, BigDecimal.valueOf(4 + random.nextInt(20))))));
                slack.put("t" + t, random.nextInt(12));
            }
            sites.add(new LevellingSite(new SiteDemand("site-" + s, SITE, tasks), W14.plusWeeks(20 + s), slack));
        }
        LevellingPlan plan = Leveller.level(pool, sites);
        List<LevellingSite> shuffled = new ArrayList<>(sites);
        Collections.shuffle(shuffled, new Random(9));

        assertThat(Leveller.level(pool, shuffled)).isEqualTo(plan);
        assertThat(plan.moves()).isNotEmpty();
        assertThat(plan.excessAfter()).isLessThan(plan.excessBefore());
        LoadTable before = LoadCalculator.compute(pool, sites.stream().map(LevellingSite::demand).toList());
        Set<String> overBefore = new java.util.HashSet<>();
        before.overAllocations().forEach(o -> overBefore.add(o.key()));
        assertThat(plan.remaining()).allSatisfy(o -> assertThat(overBefore).contains(o.key()));
        // What remains is named as the capacity view would name it once the tasks moved.
        List<SiteDemand> moved = sites.stream().map(site -> new SiteDemand(site.rolloutId(),
                site.demand().calendar(), site.demand().tasks().stream().map(task -> plan.moves().stream()
                .filter(m -> m.rolloutId().equals(site.rolloutId()) && m.taskId().equals(task.taskId()))
                .findFirst().map(m -> task.movedTo(m.toStart(), m.toFinish())).orElse(task)).toList())).toList();
        LoadTable after = LoadCalculator.compute(pool, moved);
        assertThat(plan.remaining()).isEqualTo(after.overAllocations());
        assertThat(plan.excessAfter()).isEqualTo(after.overAllocations().stream()
                .mapToLong(o -> o.demand() - o.capacity()).sum());
        assertThat(plan.moves()).allSatisfy(move -> assertThat(move.workingDays())
                .isLessThanOrEqualTo(sites.get(Integer.parseInt(move.rolloutId().substring(5))).slackDays()
                        .get(move.taskId())));
    }
}
