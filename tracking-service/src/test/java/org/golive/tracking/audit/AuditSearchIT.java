package org.golive.tracking.audit;

import org.bson.Document;
import org.golive.testsupport.GoliveTestInfrastructure;
import org.golive.testsupport.HttpJson;
import org.golive.testsupport.TestTokens;
import org.golive.tracking.TrackingTestConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The PMO's audit search: a rollout's trail narrowed by actor, type and days, newest first, a page at a time. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({GoliveTestInfrastructure.class, TrackingTestConfiguration.class})
class AuditSearchIT {

    @LocalServerPort
    int port;
    @Autowired
    MongoTemplate mongo;

    private HttpJson pmo;
    private String rollout;

    @BeforeEach
    void trail() {
        pmo = new HttpJson("http://localhost:" + port).withToken(TestTokens.forRoles("pmo", "PMO_ADMIN"));
        rollout = UUID.randomUUID().toString();
        entry("e1", rollout, "org.golive.planning.rollout.created.v1", "2026-11-02T08:00:00.120Z", "admin");
        entry("e2", rollout, "org.golive.stakeholder.conflict.raised.v1", "2026-12-01T00:00:00Z", "pm.north");
        entry("e3", rollout, "org.golive.stakeholder.conflict.escalated.v1", "2026-12-03T23:59:59.999999Z", "pm.north");
        entry("e4", rollout, "org.golive.planning.task.progress-recorded.v1", "2026-12-04T00:00:00Z", "pm.north");
        entry("e5", "another-rollout", "org.golive.stakeholder.conflict.raised.v1", "2026-12-02T10:00:00Z", "pm.north");
    }

    private void entry(String id, String subject, String type, String time, String actor) {
        mongo.insert(new Document("_id", rollout + "/" + id).append("subject", subject).append("type", type)
                .append("time", time).append("actor", actor), AuditTrail.COLLECTION);
    }

    private List<String> ids(String query) {
        HttpJson.Reply reply = pmo.get("/audit/entries?rolloutId=" + rollout + query);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().get("entries").findValuesAsString("eventId").stream()
                .map(id -> id.substring(id.indexOf('/') + 1)).toList();
    }

    @Test
    void aRolloutsTrailIsSearchedByActorTypeAndDaysNewestFirst() {
        assertThat(ids("")).containsExactly("e4", "e3", "e2", "e1");
        assertThat(ids("&actor=pm.north")).containsExactly("e4", "e3", "e2");
        assertThat(ids("&type=CONFLICT")).as("any part, any case").containsExactly("e3", "e2");
        assertThat(ids("&from=2026-12-01&to=2026-12-03")).as("both days included").containsExactly("e3", "e2");
        assertThat(ids("&actor=pm.north&type=conflict&to=2026-12-01")).containsExactly("e2");
        assertThat(ids("&type=.*")).as("the type is text, not a pattern").isEmpty();
    }

    @Test
    void theTrailComesAPageAtATimeWithTheTotal() {
        JsonNode first = pmo.get("/audit/entries?rolloutId=" + rollout + "&size=3").json();
        assertThat(first.get("total").asLong()).isEqualTo(4);
        assertThat(first.get("totalPages").asLong()).isEqualTo(2);
        assertThat(ids("&size=3&page=1")).containsExactly("e1");
        assertThat(ids("&size=3&page=2")).as("past the last page").isEmpty();
    }

    @Test
    void badParametersAre400sNamingThemAndOnlyThePmoSearches() {
        for (String[] bad : List.of(new String[]{"from", "&from=2026-13-01"}, new String[]{"size", "&size=501"},
                new String[]{"page", "&page=-1"}, new String[]{"to", "&from=2026-12-02&to=2026-12-01"},
                new String[]{"actr", "&actr=x"}, new String[]{"actor", "&actor=a&actor=b"})) {
            HttpJson.Reply refused = pmo.get("/audit/entries?rolloutId=" + rollout + bad[1]);
            assertThat(refused.status()).as(bad[1]).isEqualTo(400);
            assertThat(refused.json().get("errors").has(bad[0])).as(refused.body()).isTrue();
        }
        assertThat(pmo.get("/audit/entries").status()).as("no subject").isEqualTo(400);
        assertThat(pmo.get("/audit/entries?rolloutId=a&programId=b").status()).isEqualTo(400);
        assertThat(new HttpJson("http://localhost:" + port).withToken(TestTokens.forRoles("pm.north",
                "PROJECT_MANAGER")).get("/audit/entries?rolloutId=" + rollout).status()).isEqualTo(403);
    }
}
