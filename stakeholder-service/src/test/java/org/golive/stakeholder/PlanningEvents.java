package org.golive.stakeholder;

import io.cloudevents.CloudEvent;
import org.golive.contract.planning.ProgramCreated;
import org.golive.contract.planning.RolloutCreated;
import org.golive.testsupport.TestEvents;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Object mother of the planning events this service consumes, shaped as planning publishes them. */
final class PlanningEvents {

    private PlanningEvents() {
    }

    static CloudEvent rolloutCreated(String rolloutId, String programId, String siteName) {
        return rolloutCreated(rolloutId, programId, siteName, null);
    }

    static CloudEvent rolloutCreated(String rolloutId, String programId, String siteName, String projectManager) {
        return TestEvents.event(new RolloutCreated(rolloutId, programId, "Northwind EHR", null, null, siteName,
                "HOSPITAL", LocalDate.of(2027, 5, 1), 420, 3100, projectManager, List.of(), Instant.now()),
                "/planning/rollouts/" + rolloutId, 1, rolloutId);
    }

    static CloudEvent programCreated(String programId, String name) {
        return TestEvents.event(new ProgramCreated(programId, name, "Dr Vera Sponsor", null, List.of(), Instant.now()),
                "/planning/programs/" + programId, 1, programId);
    }
}
