package org.golive.contract.planning;

import java.time.Instant;

/** A resource left a program's pool; its assignments no longer count as demand. Key: program id. */
public record ResourceRemoved(String programId, String resourceId, String name, Instant removedAt) {

    public static final String TYPE = "org.golive.planning.resource.removed.v1";
}
