package org.golive.tracking;

import io.cloudevents.CloudEvent;
import org.golive.contract.planning.PlanInstantiated;
import org.golive.contract.planning.PlannedTask;
import org.golive.contract.planning.TaskStatusChanged;
import org.golive.testsupport.TestEvents;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Object mother of planning's plan and task events, as planning publishes them for one rollout. */
final class PlanEvents {

    private PlanEvents() {
    }

    static PlannedTask task(String taskId, String phase, String readinessCriterion, String status) {
        return new PlannedTask(taskId, "1", phase, taskId, LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 5), 5,
                false, false, 0, null, status, "DONE".equals(status) ? 100 : 0, null, null, BigDecimal.TEN,
                readinessCriterion, "Site Project Manager", List.of(), List.of());
    }

    static CloudEvent planInstantiated(String rolloutId, String programId, LocalDate goLive, long sequence,
                                       PlannedTask... tasks) {
        return TestEvents.event(new PlanInstantiated(rolloutId, programId, "tpl", "Standard EHR", 1, goLive,
                goLive.minusDays(180), goLive.plusDays(30), List.of(), List.of(tasks), Instant.now()),
                "/planning/rollouts/" + rolloutId, sequence, rolloutId);
    }

    static CloudEvent taskStatusChanged(String rolloutId, String taskId, String from, String to, long sequence) {
        return TestEvents.event(new TaskStatusChanged(rolloutId, taskId, from, to, "DONE".equals(to) ? 100 : 50,
                null, null, List.of(), List.of(), null, Instant.now()), "/planning/rollouts/" + rolloutId, sequence,
                rolloutId);
    }
}
