package org.golive.planning.resource;

import org.golive.contract.Topics;
import org.golive.planning.rollout.TaskUnits;
import org.golive.testsupport.ConsumerLag;
import org.golive.testsupport.GoLiveDates;
import org.golive.testsupport.GoliveTestInfrastructure;
import org.golive.testsupport.HttpJson;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;

/**
 * The assignment event's catch-up against a request changing the same task's assignments: the catch-up is held just
 * before it tells the plan, while the request stores new assignments and sets their units. The catch-up must then set
 * the units the store holds now (the request's), not those it would have read before: the duration stays the
 * request's. The hold is a latch on the catch-up's own thread; the request runs to its end meanwhile (nothing of the
 * catch-up holds the rollout's lock yet).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(GoliveTestInfrastructure.class)
// A spy makes a context of its own: closed after the class (see LevellingIT).
@DirtiesContext
class EffortDrivenCatchUpRaceIT {

    /** A Monday. */
    private static final LocalDate GO_LIVE = GoLiveDates.mondayWeeksAhead(32);

    @LocalServerPort
    int port;
    @MockitoSpyBean
    TaskUnits units;
    @Autowired
    EffortDrivenTasks effortDriven;
    @Autowired
    KafkaListenerEndpointRegistry listeners;

    @Test
    void aCatchUpHeldBeforeTellingThePlanSetsTheUnitsStoredSinceNotThoseBefore() throws Exception {
        HttpJson admin = new HttpJson("http://localhost:" + port).as("PMO_ADMIN");
        String programId = admin.post("/programs", Map.of("name", "Catch-up program " + System.nanoTime())).json()
                .get("id").asString();
        String dana = person(admin, programId, "Dana Whitfield");
        String omar = person(admin, programId, "Omar Haddad");
        String rolloutId = admin.post("/programs/" + programId + "/rollouts", Map.of("siteName", "Catch-up Hospital",
                "siteType", "HOSPITAL", "goLiveDate", GO_LIVE.toString())).json().get("id").asString();
        String templateId = TrainingSites.template(admin);
        assertThat(admin.post("/rollouts/" + rolloutId + "/plan", Map.of("templateId", templateId)).status())
                .isEqualTo(201);
        var added = admin.post("/rollouts/" + rolloutId + "/plan/tasks", Map.of("title", "Physician training",
                "durationDays", 10, "effortHours", 160, "effortDriven", true,
                "startNoEarlierThan", GO_LIVE.minusWeeks(6).toString()));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        String taskId = added.json().get("task").get("id").asString();

        MessageListenerContainer planDates = listeners.getListenerContainer("planning-resource-dates");
        planDates.stop(); // only the catch-up called here: the events' own would set the right units after
        try {
            assign(admin, rolloutId, taskId, 0, List.of(Map.of("resourceId", dana, "units", 1)));
            assertThat(task(admin, rolloutId, taskId).get("durationDays").asInt()).as("Dana alone").isEqualTo(20);

            CountDownLatch atThePlan = new CountDownLatch(1);
            CountDownLatch requestDone = new CountDownLatch(1);
            doAnswer(call -> {
                if (Thread.currentThread().getName().startsWith("catch-up")) {
                    atThePlan.countDown();
                    requestDone.await();
                }
                return call.callRealMethod();
            }).when(units).set(eq(rolloutId), eq(taskId), any());
            CompletableFuture<Boolean> catchUp = CompletableFuture.supplyAsync(
                    () -> effortDriven.caughtUp(rolloutId, taskId),
                    work -> new Thread(work, "catch-up " + rolloutId).start());
            assertThat(atThePlan.await(1, TimeUnit.MINUTES)).as("the catch-up reached the plan").isTrue();

            // Omar joins: two trainers on 160 hours, 10 days.
            assign(admin, rolloutId, taskId, 1, List.of(Map.of("resourceId", dana, "units", 1),
                    Map.of("resourceId", omar, "units", 1)));
            assertThat(task(admin, rolloutId, taskId).get("durationDays").asInt()).isEqualTo(10);
            requestDone.countDown();
            assertThat(catchUp.get(1, TimeUnit.MINUTES)).isTrue();

            JsonNode task = task(admin, rolloutId, taskId);
            assertThat(task.get("durationDays").asInt()).as("the request's units kept").isEqualTo(10);
            assertThat(task.get("units").decimalValue()).isEqualByComparingTo("2");
            JsonNode assigned = admin.get("/rollouts/" + rolloutId + "/resources").json();
            assertThat(assigned.findValues("taskId").stream().map(JsonNode::asString)).contains(taskId);
            for (JsonNode each : assigned) {
                if (each.get("taskId").asString().equals(taskId)) {
                    assertThat(each.get("finish").asString()).as("the dates kept here follow the plan's")
                            .isEqualTo(task.get("finish").asString());
                }
            }
        } finally {
            planDates.start();
        }
        ConsumerLag.awaitCaughtUp("golive-planning", List.of(Topics.PLANNING));
    }

    private static String person(HttpJson admin, String programId, String name) {
        var added = admin.post("/programs/" + programId + "/resources", Map.of("kind", "PERSON", "name", name,
                "role", "CREDENTIALED_TRAINER", "hoursPerWeek", 40));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        return added.json().get("id").asString();
    }

    private static void assign(HttpJson admin, String rolloutId, String taskId, int revision,
                               List<Map<String, Object>> assignments) {
        var reply = admin.put("/rollouts/" + rolloutId + "/plan/tasks/" + taskId + "/resources",
                Map.of("revision", revision, "assignments", assignments));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    }

    private static JsonNode task(HttpJson admin, String rolloutId, String taskId) {
        return admin.get("/rollouts/" + rolloutId + "/plan/tasks/" + taskId).json();
    }
}
