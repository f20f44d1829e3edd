package org.golive.contract.planning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A site rollout was created. Key: rollout id. Carries the program's and wave's names so that consumers never have to
 * look them up (program and wave events travel under another key, so they may arrive later).
 *
 * @param siteType one of HOSPITAL, AMBULATORY_CLINIC, EMERGENCY_DEPARTMENT, SPECIALTY_CLINIC, URGENT_CARE,
 *                 LONG_TERM_CARE, LABORATORY, OTHER
 * @param waveId          null when the rollout is not yet in a wave
 * @param projectManager  user name of the site's project manager (the {@code sub} of their token), or null
 * @param goalIds         the program's strategic goals this site's rollout serves
 */
public record RolloutCreated(
        String rolloutId,
        String programId,
        String programName,
        String waveId,
        String waveName,
        String siteName,
        String siteType,
        LocalDate goLiveDate,
        Integer beds,
        Integer users,
        String projectManager,
        List<String> goalIds,
        Instant createdAt) {

    public static final String TYPE = "org.golive.planning.rollout.created.v1";
}
