package org.golive.contract.planning;

import java.time.Instant;
import java.util.List;

/**
 * A site rollout's details changed (site, size, wave, project manager, linked goals; its go-live moves by
 * {@link GoLiveRescheduled}). Carries the rollout as it now is, and the previous values consumers keep counts or
 * access rules by. Key: rollout id.
 *
 * @param projectManager         user name of the site's project manager now, or null
 * @param previousProjectManager the one before this change (equal to projectManager when unchanged)
 */
public record RolloutUpdated(
        String rolloutId,
        String programId,
        String waveId,
        String waveName,
        String siteName,
        String siteType,
        Integer beds,
        Integer users,
        String projectManager,
        List<String> goalIds,
        String previousWaveId,
        String previousSiteType,
        String previousProjectManager,
        Instant updatedAt) {

    public static final String TYPE = "org.golive.planning.rollout.updated.v1";
}
