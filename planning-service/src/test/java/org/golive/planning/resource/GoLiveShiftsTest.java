package org.golive.planning.resource;

import org.golive.planning.plan.Move;
import org.golive.planning.role.ResourceRole;
import org.golive.planning.schedule.WorkCalendar;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class GoLiveShiftsTest {

    private static final WorkCalendar SITE = WorkCalendar.mondayToFriday(List.of());
    /** Monday of ISO week 2027-W14. */
    private static final LocalDate W14 = LocalDate.of(2027, 4, 5);
    private static final LocalDate FAR = LocalDate.of(2030, 1, 1);
    private static final PoolMember DANA = new PoolMember("dana", "Dana", ResourceKind.PERSON,
            ResourceRole.CREDENTIALED_TRAINER, 4000, 5, WorkCalendar.of(EnumSet.range(DayOfWeek.MONDAY,
            DayOfWeek.FRIDAY), List.of(), List.of()));

    /** The go-lives the fake plan move was asked for. */
    private final List<String> asked = new ArrayList<>();

    /** A plan's go-live move on paper: every task moves by as many days as the go-live, its float unchanged. */
    private GoLiveShifts.Moved move(LevellingSite site, LocalDate to) {
        asked.add(site.rolloutId() + " -> " + to);
        long days = ChronoUnit.DAYS.between(site.goLiveDate(), to);
        List<AssignedTask> tasks = site.demand().tasks().stream()
                .map(t -> t.movedTo(t.start().plusDays(days), t.finish().plusDays(days))).toList();
        List<Move> moves = site.demand().tasks().stream().map(t -> new Move(t.taskId(), t.start(), t.finish(),
                t.start().plusDays(days), t.finish().plusDays(days))).toList();
        return new GoLiveShifts.Moved(new LevellingSite(new SiteDemand(site.rolloutId(), SITE, tasks),
                site.priority(), to, site.slackDays()), moves);
    }

    /** A site whose one training task has Dana full-time for {@code weeks} weeks from W14, with no float. */
    private static LevellingSite site(String id, int priority, LocalDate goLive, int weeks, int slack) {
        AssignedTask training = new AssignedTask("training", W14, W14.plusWeeks(weeks - 1).plusDays(4), false, 1,
                List.of(new Assignment("dana", BigDecimal.ONE, null)));
        return new LevellingSite(new SiteDemand(id, SITE, List.of(training)), priority, goLive,
                Map.of("training", slack));
    }

    @Test
    void whenFloatCannotHelpTheLowerRankedGoLiveMovesTheFewestWeeksThatRemoveTheOverAllocation() {
        LevellingSite wave2 = site("wave-2-site", 500, LocalDate.of(2027, 6, 5), 2, 0);
        LevellingSite wave3 = site("wave-3-site", 500, LocalDate.of(2027, 7, 3), 2, 0);
        assertThat(Leveller.level(List.of(DANA), List.of(wave2, wave3)).remaining()).hasSize(2);

        LevellingPlan plan = GoLiveShifts.level(List.of(DANA), List.of(wave3, wave2), 8, FAR, this::move);

        assertThat(plan.goLiveChanges()).containsExactly(new LevellingPlan.GoLiveChange("wave-3-site",
                LocalDate.of(2027, 7, 3), LocalDate.of(2027, 7, 17), 2, List.of(new Move("training", W14,
                W14.plusDays(11), W14.plusWeeks(2), W14.plusDays(25)))));
        assertThat(asked).as("only the moved rollout's plan is asked").containsExactly("wave-3-site -> 2027-07-17");
        assertThat(plan.moves()).isEmpty();
        assertThat(plan.remaining()).isEmpty();
        assertThat(plan.excessBefore()).isEqualTo(8000);
        assertThat(plan.excessAfter()).isZero();
    }

    @Test
    void theRolloutRankedLowerMovesWhateverItsGoLiveAndPriority1000NeverMoves() {
        LevellingSite wave2 = site("wave-2-site", 900, LocalDate.of(2027, 6, 5), 1, 0);
        LevellingSite wave3 = site("wave-3-site", 1000, LocalDate.of(2027, 7, 3), 1, 0);

        LevellingPlan plan = GoLiveShifts.level(List.of(DANA), List.of(wave2, wave3), 8, FAR, this::move);

        assertThat(plan.goLiveChanges()).extracting(LevellingPlan.GoLiveChange::rolloutId)
                .containsExactly("wave-2-site");
        assertThat(plan.goLiveChanges().get(0).weeks()).isEqualTo(1);
        assertThat(plan.remaining()).isEmpty();

        LevellingSite fixed = site("wave-2-site", 1000, LocalDate.of(2027, 6, 5), 1, 0);
        LevellingPlan neither = GoLiveShifts.level(List.of(DANA), List.of(fixed, wave3), 8, FAR, this::move);
        assertThat(neither).isEqualTo(Leveller.level(List.of(DANA), List.of(fixed, wave3)));
        assertThat(neither.goLiveChanges()).isEmpty();
    }

    @Test
    void aGoLiveMovesNoFurtherThanMaxWeeksNorPastTheLatestDateAndFloatIsTriedFirst() {
        LevellingSite wave2 = site("wave-2-site", 500, LocalDate.of(2027, 6, 5), 3, 0);
        LevellingSite wave3 = site("wave-3-site", 500, LocalDate.of(2027, 7, 3), 3, 0);

        LevellingPlan twoWeeks = GoLiveShifts.level(List.of(DANA), List.of(wave2, wave3), 2, FAR, this::move);
        assertThat(twoWeeks.goLiveChanges()).singleElement().satisfies(c -> assertThat(c.weeks()).isEqualTo(2));
        assertThat(twoWeeks.remaining()).as("one week of the three still overlaps").hasSize(1);
        assertThat(twoWeeks.excessAfter()).isEqualTo(4000);

        assertThat(GoLiveShifts.level(List.of(DANA), List.of(wave2, wave3), 8, FAR, this::move).goLiveChanges())
                .singleElement().satisfies(c -> assertThat(c.weeks()).isEqualTo(3));
        assertThat(GoLiveShifts.level(List.of(DANA), List.of(wave2, wave3), 8, LocalDate.of(2027, 7, 3),
                this::move).goLiveChanges()).as("the higher-ranked site moves when the lower may not")
                .extracting(LevellingPlan.GoLiveChange::rolloutId).containsExactly("wave-2-site");
        assertThat(GoLiveShifts.level(List.of(DANA), List.of(wave2, wave3), 8, LocalDate.of(2027, 6, 5),
                this::move).goLiveChanges()).as("no go-live past the latest date").isEmpty();

        // Ten days of float are enough: nothing but the delay within float.
        LevellingSite floating = site("wave-3-site", 500, LocalDate.of(2027, 7, 3), 1, 10);
        LevellingSite week = site("wave-2-site", 500, LocalDate.of(2027, 6, 5), 1, 0);
        LevellingPlan within = GoLiveShifts.level(List.of(DANA), List.of(week, floating), 8, FAR, this::move);
        assertThat(within.goLiveChanges()).isEmpty();
        assertThat(within.moves()).extracting(LevellingPlan.Move::rolloutId).containsExactly("wave-3-site");
        assertThat(within.remaining()).isEmpty();
        assertThat(asked).containsExactly("wave-3-site -> 2027-07-17", "wave-3-site -> 2027-07-24",
                "wave-2-site -> 2027-06-26");
    }

    @Test
    void amongMovesThatLeaveAsMuchOverAllocationTheFewestWeeksWin() {
        // Wave 2 (never moved) has Dana full-time in W14-W15, W17 and W19; wave 3's two weeks from W14 overlap two of
        // those weeks where they are, one week when moved 1, 2 or 3 weeks later.
        LevellingSite wave2 = new LevellingSite(new SiteDemand("wave-2-site", SITE, List.of(
                fullTime("first", W14, 2), fullTime("second", W14.plusWeeks(3), 1),
                fullTime("third", W14.plusWeeks(5), 1))), 1000, LocalDate.of(2027, 6, 5), Map.of());
        LevellingSite wave3 = site("wave-3-site", 500, LocalDate.of(2027, 7, 3), 2, 0);

        LevellingPlan plan = GoLiveShifts.level(List.of(DANA), List.of(wave2, wave3), 3, FAR, this::move);

        assertThat(plan.goLiveChanges()).singleElement().satisfies(c -> assertThat(c.weeks()).isEqualTo(1));
        assertThat(plan.excessBefore()).isEqualTo(8000);
        assertThat(plan.excessAfter()).isEqualTo(4000);
    }

    private static AssignedTask fullTime(String id, LocalDate monday, int weeks) {
        return new AssignedTask(id, monday, monday.plusWeeks(weeks - 1).plusDays(4), false, 1,
                List.of(new Assignment("dana", BigDecimal.ONE, null)));
    }

    @Test
    void aGoLiveMoveThatDoesNotTakeTheWorkOutOfTheWayIsNotKept() {
        LevellingSite wave2 = site("wave-2-site", 500, LocalDate.of(2027, 6, 5), 1, 0);
        LevellingSite wave3 = site("wave-3-site", 500, LocalDate.of(2027, 7, 3), 1, 0);
        // A plan whose training is pinned to its date: the go-live moves, the training does not.
        GoLiveShifts.Mover pinned = (site, to) -> new GoLiveShifts.Moved(new LevellingSite(site.demand(),
                site.priority(), to, site.slackDays()), List.of());

        LevellingPlan plan = GoLiveShifts.level(List.of(DANA), List.of(wave2, wave3), 8, FAR, pinned);

        assertThat(plan.goLiveChanges()).isEmpty();
        assertThat(plan).isEqualTo(Leveller.level(List.of(DANA), List.of(wave2, wave3)));
    }
}
