package org.golive.planning;

import org.golive.planning.rollout.TaskUnits;
import org.golive.testsupport.ConsumerLag;
import org.golive.contract.Topics;
import org.golive.testsupport.GoLiveDates;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;

/**
 * The race behind a flaky {@link EffortDrivenIT}: a request stores a task's assignments, which publishes their event;
 * planning's own catch-up of that event may set the units on the plan before the request does. The request then finds
 * the units set already, and its answer (and the dates the resource package keeps) must still carry the plan's new
 * duration, not the dates read before the change. Made deterministic: the request's call sets the units twice, the
 * first time standing for the catch-up that took the rollout's lock first.
 */
// A spy makes a context of its own: closed after the class (see PlanChunksIT).
@DirtiesContext
class EffortDrivenRaceIT extends PlanningServiceHarness {

    /** A Monday. */
    private static final LocalDate GO_LIVE = GoLiveDates.mondayWeeksAhead(31);

    @MockitoSpyBean
    TaskUnits units;
    @Autowired
    KafkaListenerEndpointRegistry listeners;

    @Test
    void theAnswerFollowsThePlanWhenTheEventsCatchUpSetTheUnitsFirst() {
        String programId = admin.post("/programs", Map.of("name", "Race program " + System.nanoTime())).json()
                .get("id").asString();
        var person = admin.post("/programs/" + programId + "/resources", Map.of("kind", "PERSON",
                "name", "Dana Whitfield", "role", "CREDENTIALED_TRAINER", "hoursPerWeek", 40));
        assertThat(person.status()).as(person.body()).isEqualTo(201);
        String dana = person.json().get("id").asString();
        String rolloutId = admin.post("/programs/" + programId + "/rollouts", Map.of("siteName", "Race Hospital",
                "siteType", "HOSPITAL", "goLiveDate", GO_LIVE.toString())).json().get("id").asString();
        String templateId = admin.postRaw("/templates", SitePlanIT.standardTemplate()).json().get("id").asString();
        assertThat(admin.post("/rollouts/" + rolloutId + "/plan", Map.of("templateId", templateId)).status())
                .isEqualTo(201);
        var added = admin.post("/rollouts/" + rolloutId + "/plan/tasks", Map.of("title", "Physician training",
                "durationDays", 10, "effortHours", 160, "effortDriven", true,
                "startNoEarlierThan", GO_LIVE.minusWeeks(6).toString()));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        String taskId = added.json().get("task").get("id").asString();
        LocalDate start = LocalDate.parse(added.json().get("task").get("start").asString());

        // The planner's 10 days until someone is assigned; Dana alone on 160 hours: 20 days.
        doAnswer(call -> {
            call.callRealMethod(); // the event's catch-up, first to the lock
            return call.callRealMethod(); // the request's own call: the units are there already
        }).when(units).set(eq(rolloutId), eq(taskId), any());
        MessageListenerContainer planDates = listeners.getListenerContainer("planning-resource-dates");
        planDates.stop(); // no real catch-up meanwhile: it would follow the plan in the request's place
        JsonNode answer;
        try {
            var assigned = admin.put("/rollouts/" + rolloutId + "/plan/tasks/" + taskId + "/resources",
                    Map.of("revision", 0, "assignments", List.of(Map.of("resourceId", dana, "units", 1))));
            assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);
            answer = assigned.json();
        } finally {
            planDates.start();
        }

        JsonNode task = admin.get("/rollouts/" + rolloutId + "/plan/tasks/" + taskId).json();
        assertThat(task.get("durationDays").asInt()).isEqualTo(20);
        assertThat(LocalDate.parse(task.get("finish").asString())).isEqualTo(start.plusDays(25)); // four weeks
        assertThat(answer.get("finish").asString()).as("the answer's dates").isEqualTo(task.get("finish").asString());
        ConsumerLag.awaitCaughtUp("golive-planning", List.of(Topics.PLANNING));
    }
}
