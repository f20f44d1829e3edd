package org.golive.contract.planning;

import java.time.Instant;
import java.util.List;

/** A program's name, sponsor, vision or strategic goals changed; carries the program as it now is. Key: program id. */
public record ProgramUpdated(String programId, String name, String sponsor, String vision, List<StrategicGoal> goals,
                             Instant updatedAt) {

    public static final String TYPE = "org.golive.planning.program.updated.v1";
}
