package org.golive.contract.planning;

import java.time.Instant;

/** A program of site rollouts was created. Key: program id. */
public record ProgramCreated(String programId, String name, String sponsor, String vision, Instant createdAt) {

    public static final String TYPE = "org.golive.planning.program.created.v1";
}
