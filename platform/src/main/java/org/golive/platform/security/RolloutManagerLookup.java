package org.golive.platform.security;

import java.util.Optional;
import java.util.Set;

/** Who manages which rollout, as this service knows it (planning owns it; the others learn it from its events). */
public interface RolloutManagerLookup {

    Optional<String> managerOf(String rolloutId);

    Set<String> rolloutsManagedBy(String username);
}
