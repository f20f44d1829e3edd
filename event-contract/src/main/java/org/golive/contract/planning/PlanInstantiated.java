package org.golive.contract.planning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A site's plan was created from a plan template (or imported), anchored to its go-live date and scheduled. Key:
 * rollout id. Carries every task so that consumers can build the plan without calling back.
 *
 * @param templateId      null when the plan was imported from a file
 * @param criticalPath    ids of the critical tasks, in schedule order
 */
public record PlanInstantiated(
        String rolloutId,
        String programId,
        String templateId,
        String templateName,
        Integer templateVersion,
        LocalDate goLiveDate,
        LocalDate start,
        LocalDate finish,
        List<String> criticalPath,
        List<PlannedTask> tasks,
        Instant instantiatedAt) {

    public static final String TYPE = "org.golive.planning.plan.instantiated.v1";
}
