package org.golive.system;

import org.golive.testsupport.HttpJson;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web UI's TypeScript types are generated from OpenAPI snapshots committed in {@code web-ui/openapi/}. Each live
 * document, read through the gateway as the UI reads the API, must equal its snapshot: a renamed or removed field fails
 * here, and the UI's type check fails where it used it once the snapshot is refreshed
 * ({@code -Dgolive.openapi.update=true} rewrites the snapshots from the live documents instead of comparing).
 */
class OpenApiSnapshotSystemIT {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(JsonNodeFeature.WRITE_PROPERTIES_SORTED)
            .build();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"planning", "stakeholders", "budgets", "tracking"})
    void theLiveApiDocumentIsTheOneTheWebUiWasTypedAgainst(String route) throws IOException {
        HttpJson.Reply reply = GoliveStack.anonymousGateway().get("/api/" + route + "/v3/api-docs");
        assertThat(reply.status()).isEqualTo(200);
        JsonNode live = withoutSignInAddresses(JSON.readTree(reply.body()));
        Path snapshot = snapshots().resolve(route + ".json");

        if (Boolean.getBoolean("golive.openapi.update")) {
            Files.writeString(snapshot, JSON.writeValueAsString(live) + "\n");
            return;
        }
        assertThat(snapshot).as("snapshot; write it with -Dgolive.openapi.update=true").exists();
        JsonNode committed = JSON.readTree(Files.readString(snapshot));
        List<String> differences = new ArrayList<>();
        compare("", committed, live, differences);
        assertThat(differences)
                .as("%s's API differs from web-ui/openapi/%s.json; if the change is meant, refresh the snapshot "
                        + "(README, Web UI) and fix the UI where its type check fails", route, route)
                .isEmpty();
    }

    /**
     * The document less its security schemes: they name the identity provider's address, which is the deployment's,
     * not the API's (the system tests' provider has a new port every run).
     */
    private static JsonNode withoutSignInAddresses(JsonNode document) {
        if (document.get("components") instanceof ObjectNode components) {
            components.remove("securitySchemes");
        }
        return document;
    }

    private static Path snapshots() {
        return Path.of(System.getProperty("golive.web-ui.dir", "../web-ui")).resolve("openapi");
    }

    /** JSON pointers where the two documents differ (at most 20), so the failure names the renamed field. */
    private static void compare(String at, JsonNode expected, JsonNode actual, List<String> differences) {
        if (differences.size() >= 20 || expected.equals(actual)) {
            return;
        }
        if (expected.isObject() && actual.isObject()) {
            Set<String> names = new TreeSet<>(expected.propertyNames());
            names.addAll(actual.propertyNames());
            for (String name : names) {
                String path = at + "/" + name.replace("~", "~0").replace("/", "~1");
                if (!expected.has(name)) {
                    differences.add("added " + path);
                } else if (!actual.has(name)) {
                    differences.add("removed " + path);
                } else {
                    compare(path, expected.get(name), actual.get(name), differences);
                }
            }
        } else {
            differences.add("changed " + (at.isEmpty() ? "/" : at) + ": " + expected + " -> " + actual);
        }
    }
}
