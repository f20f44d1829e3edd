package org.golive.contract.planning;

import java.time.Instant;
import java.util.List;

/** A program of site rollouts was created, with its strategic goals. Key: program id. */
public record ProgramCreated(String programId, String name, String sponsor, String vision, List<StrategicGoal> goals,
                             Instant createdAt) {

    public static final String TYPE = "org.golive.planning.program.created.v1";
}
