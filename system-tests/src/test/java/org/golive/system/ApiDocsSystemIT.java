package org.golive.system;

import org.golive.testsupport.HttpJson;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Each service's OpenAPI document, read through the gateway as the Swagger UI reads it. */
class ApiDocsSystemIT {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "planning,     /programs,             /api/planning",
        "stakeholders, /,                     /api/stakeholders",
        "budgets,      /rollouts/{rolloutId}, /api/budgets",
        "tracking,     /portfolio,            /api/tracking",
    })
    void everyServiceDocumentsItsApiAsCalledThroughTheGatewayWithHowToGetAToken(String route, String path,
                                                                                  String server) {
        HttpJson.Reply reply = GoliveStack.anonymousGateway().get("/api/" + route + "/v3/api-docs");

        assertThat(reply.status()).isEqualTo(200);
        JsonNode document = reply.json();
        assertThat(document.get("paths").has(path)).as(path).isTrue();
        assertThat(document.get("servers").get(0).get("url").asString()).isEqualTo(server);
        assertThat(document.get("components").get("securitySchemes").get("golive").get("type").asString())
                .isEqualTo("oauth2");
    }
}
