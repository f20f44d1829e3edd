package org.golive.benchmarks;

import org.golive.planning.schedule.Link;
import org.golive.planning.schedule.LinkType;
import org.golive.planning.schedule.Progress;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.golive.benchmarks.SitePlan.CROSS_LINK_TYPES;
import static org.golive.benchmarks.SitePlan.PHASES;
import static org.golive.benchmarks.SitePlan.PHASE_STARTS;
import static org.golive.benchmarks.SitePlan.WORKSTREAM_LENGTH;

/** Builds the template phase by phase, so that links only point back to tasks already made. */
final class SitePlanGenerator {

    private final Random random;
    private final int size;
    private final int spanDays;
    private final List<SitePlan.Template> tasks = new ArrayList<>();

    SitePlanGenerator(Random random, int size, int spanDays) {
        this.random = random;
        this.size = size;
        this.spanDays = spanDays;
    }

    List<SitePlan.Template> tasks() {
        int workstreamTasks = size - PHASES.length;
        int workstreams = Math.max(PHASES.length, (workstreamTasks + WORKSTREAM_LENGTH - 1) / WORKSTREAM_LENGTH);
        int made = 0;
        String previousGate = null;
        int previousPhaseStart = 0;
        for (int phase = 0; phase < PHASES.length; phase++) {
            int phaseStart = tasks.size();
            int firstStream = workstreams * phase / PHASES.length;
            int endStream = workstreams * (phase + 1) / PHASES.length;
            List<Link> intoGate = new ArrayList<>();
            for (int stream = firstStream; stream < endStream && made < workstreamTasks; stream++) {
                int length = Math.min(WORKSTREAM_LENGTH, workstreamTasks - made);
                int first = tasks.size();
                String signOff = workstream(phase, stream, length, previousGate,
                        stream == firstStream ? -1 : first - WORKSTREAM_LENGTH, previousPhaseStart, phaseStart);
                intoGate.add(Link.finishToStart(signOff));
                made += length;
            }
            previousGate = gate(phase, intoGate);
            previousPhaseStart = phaseStart;
        }
        return tasks;
    }

    /**
     * A chain ending in a sign-off milestone; returns the milestone's id. Its tasks' durations fill about 60% of
     * the phase, so that the plan keeps roughly to its dates. Four tasks in ten also wait on another task: a
     * hand-over from an earlier step of the workstream before ({@code neighbour}, -1 if none) or a task of the
     * previous phase ({@code previousPhase .. phaseStart - 1}).
     */
    private String workstream(int phase, int stream, int length, String previousGate, int neighbour,
                              int previousPhase, int phaseStart) {
        double nextPhase = phase + 1 < PHASES.length ? PHASE_STARTS[phase + 1] : -0.10;
        int phaseDays = (int) ((PHASE_STARTS[phase] - nextPhase) * spanDays);
        double meanDuration = 0.6 * phaseDays * 5 / 7 / Math.max(1, length - 1);
        String previous = null;
        for (int step = 0; step < length; step++) {
            String id = String.format("%s-%03d-%02d", PHASES[phase], stream, step);
            List<Link> links = new ArrayList<>();
            Integer startOffset = null;
            if (previous == null) {
                startOffset = (int) (-PHASE_STARTS[phase] * spanDays) + random.nextInt(Math.max(1, phaseDays / 4));
                if (previousGate != null) {
                    // Phases overlap: a workstream may start a little before the previous gate.
                    links.add(new Link(previousGate, LinkType.FINISH_TO_START, -random.nextInt(10)));
                }
            } else {
                links.add(random.nextInt(10) == 0 ? new Link(previous, LinkType.START_TO_START, 2)
                        : new Link(previous, LinkType.FINISH_TO_START, random.nextInt(10) == 0 ? 2 : 0));
                if (random.nextInt(10) < 4) {
                    int other = neighbour >= 0 && (phase == 0 || random.nextBoolean())
                            ? neighbour + Math.max(0, step - 1 - random.nextInt(3))
                            : phase == 0 ? -1 : previousPhase + random.nextInt(phaseStart - previousPhase);
                    if (other >= 0) {
                        links.add(new Link(tasks.get(other).id(),
                                CROSS_LINK_TYPES[random.nextInt(CROSS_LINK_TYPES.length)], random.nextInt(9) - 3));
                    }
                }
            }
            int duration = step == length - 1 ? 0
                    : (int) Math.max(1, Math.round(meanDuration * (0.3 + 1.4 * random.nextDouble())));
            tasks.add(new SitePlan.Template(id, duration, links, startOffset, null, Progress.NONE));
            previous = id;
        }
        return previous;
    }

    /** The milestone closing a phase; the cutover phase's is go-live itself. */
    private String gate(int phase, List<Link> intoGate) {
        String id = PHASES[phase].equals("cutover") ? "go-live" : PHASES[phase] + "-gate";
        Integer startOffset = id.equals("go-live") ? 0 : null;
        Integer deadlineOffset = switch (PHASES[phase]) {
            case "readiness" -> -14;
            case "cutover" -> 0;
            default -> null;
        };
        tasks.add(new SitePlan.Template(id, 0, intoGate, startOffset, deadlineOffset, Progress.NONE));
        return id;
    }
}