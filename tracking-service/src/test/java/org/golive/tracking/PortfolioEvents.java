package org.golive.tracking;

import io.cloudevents.CloudEvent;
import org.golive.contract.budget.BudgetOpened;
import org.golive.contract.planning.GoLiveRescheduled;
import org.golive.contract.planning.ProgramCreated;
import org.golive.contract.planning.ProgramUpdated;
import org.golive.contract.planning.RolloutCreated;
import org.golive.contract.planning.RolloutUpdated;
import org.golive.contract.planning.WaveCreated;
import org.golive.contract.planning.WaveUpdated;
import org.golive.testsupport.TestEvents;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Object mother of the events tracking consumes, shaped as planning and budget publish them. */
final class PortfolioEvents {

    private PortfolioEvents() {
    }

    static CloudEvent programCreated(String programId, String name, long sequence) {
        return TestEvents.event(new ProgramCreated(programId, name, "CMIO", null, List.of(), Instant.now()),
                "/planning/programs/" + programId, sequence, programId);
    }

    static CloudEvent waveCreated(String programId, String waveId, String name, int waveSequence, long sequence) {
        return TestEvents.event(new WaveCreated(waveId, programId, name, waveSequence, Instant.now()),
                "/planning/programs/" + programId, sequence, programId);
    }

    static CloudEvent rolloutCreated(String rolloutId, String programId, String siteName, String siteType,
                                     LocalDate goLive) {
        return rolloutCreated(rolloutId, programId, siteName, siteType, goLive, null);
    }

    static CloudEvent rolloutCreated(String rolloutId, String programId, String siteName, String siteType,
                                     LocalDate goLive, String projectManager) {
        return TestEvents.event(new RolloutCreated(rolloutId, programId, "Program " + programId, null, null,
                siteName, siteType, goLive, null, null, projectManager, List.of(), Instant.now()),
                "/planning/rollouts/" + rolloutId, 1, rolloutId);
    }

    static CloudEvent goLiveRescheduled(String rolloutId, String programId, LocalDate from, LocalDate to,
                                        long sequence) {
        return TestEvents.event(new GoLiveRescheduled(rolloutId, programId, from, to, "Vendor delay", List.of(),
                List.of(), null, null, Instant.now()), "/planning/rollouts/" + rolloutId, sequence, rolloutId);
    }

    static CloudEvent rolloutUpdated(String rolloutId, String programId, String siteName, String siteType,
                                     String previousSiteType, long sequence) {
        return TestEvents.event(new RolloutUpdated(rolloutId, programId, null, null, siteName, siteType, null, null,
                null, List.of(), null, previousSiteType, null, Instant.now()), "/planning/rollouts/" + rolloutId,
                sequence, rolloutId);
    }

    static CloudEvent programUpdated(String programId, String name, long sequence) {
        return TestEvents.event(new ProgramUpdated(programId, name, "CNO", null, List.of(), Instant.now()),
                "/planning/programs/" + programId, sequence, programId);
    }

    static CloudEvent waveUpdated(String programId, String waveId, String name, long sequence) {
        return TestEvents.event(new WaveUpdated(waveId, programId, name, 1, Instant.now()),
                "/planning/programs/" + programId, sequence, programId);
    }

    static CloudEvent budgetOpened(String rolloutId, String programId, int fiscalYear) {
        String budgetId = rolloutId + "-FY" + fiscalYear;
        return TestEvents.event(new BudgetOpened(budgetId, rolloutId, programId, "Site", fiscalYear, "USD", "DRAFT", true, "0.00",
                Instant.now()), "/budget/budgets/" + budgetId, 1, rolloutId);
    }
}
