package org.golive.contract.planning;

import java.time.Instant;

/** The PMO deleted a scenario; promoted go-live moves stay in the plans. Key: program id. */
public record ScenarioDeleted(String programId, String scenarioId, Instant deletedAt) {

    public static final String TYPE = "org.golive.planning.scenario.deleted.v1";
}
