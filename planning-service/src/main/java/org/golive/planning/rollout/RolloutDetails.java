package org.golive.planning.rollout;

import java.time.LocalDate;
import java.util.List;

/**
 * The rollout as the PMO sets it up: its site, go-live date, wave, project manager (a user name, or null) and the
 * program's strategic goals it serves.
 */
public record RolloutDetails(Site site, LocalDate goLiveDate, String waveId, String projectManager,
                             List<String> goalIds) {
}
