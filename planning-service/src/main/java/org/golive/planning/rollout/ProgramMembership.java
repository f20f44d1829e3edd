package org.golive.planning.rollout;

import org.golive.planning.program.Program;
import org.golive.planning.program.Wave;
import org.golive.platform.problem.RuleViolationException;

import java.util.List;

/** A rollout belongs to its program: its wave and the strategic goals it serves must be the program's own. */
final class ProgramMembership {

    private ProgramMembership() {
    }

    /** The program's wave {@code waveId}, or null when the rollout is in no wave. */
    static Wave waveOf(Program program, String waveId) {
        if (waveId == null) {
            return null;
        }
        return program.wave(waveId).orElseThrow(() -> new RuleViolationException("waveId",
                "Program " + program.id() + " has no wave " + waveId));
    }

    /** The goals without repeats, each checked to be one of the program's. */
    static List<String> goalsOf(Program program, List<String> goalIds) {
        List<String> ids = goalIds == null ? List.of() : goalIds.stream().distinct().toList();
        for (int i = 0; i < ids.size(); i++) {
            String goalId = ids.get(i);
            if (program.goal(goalId).isEmpty()) {
                throw new RuleViolationException("goalIds[" + i + "]", "Program " + program.id()
                        + " has no strategic goal " + goalId);
            }
        }
        return ids;
    }
}
