package org.golive.contract.planning;

import java.time.Instant;

/** A wave was renamed. Key: program id. */
public record WaveUpdated(String waveId, String programId, String name, int sequence, Instant updatedAt) {

    public static final String TYPE = "org.golive.planning.wave.updated.v1";
}
