package org.golive.contract.planning;

import java.time.Instant;

/** A wave, a group of sites that go live together, was added to a program. Key: program id. */
public record WaveCreated(String waveId, String programId, String name, int sequence, Instant createdAt) {

    public static final String TYPE = "org.golive.planning.wave.created.v1";
}
