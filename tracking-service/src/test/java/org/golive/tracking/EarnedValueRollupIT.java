package org.golive.tracking;

import org.bson.Document;
import org.golive.testsupport.GoliveTestInfrastructure;
import org.golive.testsupport.HttpJson;
import org.golive.testsupport.TestEvents;
import org.golive.tracking.intake.ReadModels;
import org.golive.tracking.status.RolloutPlans;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * A wave's and a program's earned value are summed from the measures each rollout's judgement kept, for the day
 * they were kept for: the same answer as working them out from the plans and costs, after progress and cost events;
 * for another day, or a rollout whose kept measures are of another day, they are worked out as before.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({GoliveTestInfrastructure.class, TrackingTestConfiguration.class})
class EarnedValueRollupIT {

    private static final String MEASURES = "evm_measures";
    private static final String TODAY = "2026-11-25";

    @LocalServerPort
    int port;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    ReadModels readModels;
    @Autowired
    RolloutPlans plans;

    @Test
    void aWavesAndAProgramsEarnedValueAreTheSumsOfTheKeptMeasuresAsWorkedOut() {
        String programId = UUID.randomUUID().toString();
        String waveId = UUID.randomUUID().toString();
        List<String> rollouts = List.of(UUID.randomUUID().toString(), UUID.randomUUID().toString());
        HttpJson admin = new HttpJson("http://localhost:" + port).as("PMO_ADMIN");
        try (TestEvents events = TestEvents.onTestInfrastructure()) {
            rollouts.forEach(rolloutId -> StatusStream.of(rolloutId, programId, waveId)
                    .forEach(source -> source.events().forEach(event -> events.send(rolloutId, event))));
            // Every event applied and judged: each rollout's kept measures hold its last plan and all its costs
            // (two budgets, of 6 and 4 events: the sum of their sequences).
            rollouts.forEach(rolloutId -> await().atMost(Duration.ofSeconds(30)).until(() -> kept(rolloutId),
                    d -> d != null && TODAY.equals(d.getString("judgedOn"))
                            && d.get("costsSequence", Number.class).longValue() == 10
                            && d.get("planSequence", Number.class).longValue() == plans.get(rolloutId).sequence()
                            && "2027-01-16".equals(String.valueOf(plans.get(rolloutId).goLiveDate()))));
        }
        JsonNode wave = admin.get("/waves/" + waveId + "/earned-value").json();
        JsonNode program = admin.get("/programs/" + programId + "/earned-value").json();
        JsonNode rollout = admin.get("/rollouts/" + rollouts.get(0) + "/earned-value").json();
        assertThat(wave.get("rollouts").asInt()).isEqualTo(2);
        assertThat(wave.get("bac").asString()).isEqualTo("500000.00");
        assertThat(wave.get("ac").asString()).isEqualTo("200000.00");
        assertThat(wave.get("spi").asString()).as("as the rollout's: both are the same site").isEqualTo("0.6909")
                .isEqualTo(rollout.get("spi").asString());
        assertThat(figures(program)).isEqualTo(figures(wave));

        // The kept measures are what is read: one rollout's actual cost changed there shows in the sums.
        String tampered = rollouts.get(1);
        mongo.updateFirst(query(where("_id").is(tampered)), new Update().set("ac", "100001"), collection());
        assertThat(admin.get("/waves/" + waveId + "/earned-value").json().get("ac").asString())
                .isEqualTo("200001.00");
        assertThat(admin.get("/waves/" + waveId + "/earned-value?asOf=" + TODAY).json().get("ac").asString())
                .as("asOf the day kept").isEqualTo("200001.00");
        assertThat(admin.get("/rollouts/" + tampered + "/earned-value").json().get("ac").asString())
                .isEqualTo("100001.00");
        JsonNode yesterday = admin.get("/waves/" + waveId + "/earned-value?asOf=2026-11-24").json();
        assertThat(yesterday.get("statusDate").asString()).isEqualTo("2026-11-24");
        assertThat(yesterday.get("ac").asString()).as("another day is worked out").isEqualTo("200000.00");

        // Measures kept for another day are not used for today: worked out as without any kept.
        mongo.updateFirst(query(where("_id").is(tampered)), new Update().set("judgedOn", "2026-11-24"),
                collection());
        assertThat(admin.get("/waves/" + waveId + "/earned-value").json()).isEqualTo(wave);
        assertThat(admin.get("/rollouts/" + tampered + "/earned-value").json().get("ac").asString())
                .isEqualTo("100000.00");
        mongo.remove(query(where("_id").in(rollouts)), collection());
        assertThat(admin.get("/waves/" + waveId + "/earned-value").json()).as("worked out from plans and costs")
                .isEqualTo(wave);
        assertThat(admin.get("/programs/" + programId + "/earned-value").json()).isEqualTo(program);
        assertThat(admin.get("/rollouts/" + rollouts.get(0) + "/earned-value").json()).isEqualTo(rollout);
    }

    private Document kept(String rolloutId) {
        return mongo.findById(rolloutId, Document.class, collection());
    }

    private String collection() {
        return readModels.collection(MEASURES);
    }

    private static JsonNode figures(JsonNode value) {
        ObjectNode figures = ((ObjectNode) value).deepCopy();
        figures.remove(List.of("scope", "id"));
        return figures;
    }
}
