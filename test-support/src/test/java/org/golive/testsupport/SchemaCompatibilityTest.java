package org.golive.testsupport;

import org.golive.contract.EventCatalog;
import org.golive.contract.EventType;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Events are read for years (BI replays from the start): a published type's schema changes only compatibly, and a
 * breaking change is a new type version ({@code .v2}). Every schema of the released snapshot
 * ({@code org/golive/contract/released/}, the copy of the last release) is compared with the current one.
 */
class SchemaCompatibilityTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String RELEASED = "/org/golive/contract/released/";
    private static final String CURRENT = "/org/golive/contract/schemas/";
    private static final String ROLLOUT_CREATED = "org.golive.planning.rollout.created.v1.schema.json";

    @Test
    void everyReleasedSchemaIsStillPublishedAndCompatible() {
        List<String> released = releasedSchemas();
        assertThat(released).hasSizeGreaterThan(40).contains(ROLLOUT_CREATED);
        Map<String, List<String>> breaking = new java.util.TreeMap<>();
        for (String file : released) {
            List<String> problems = SchemaCompatibility.breakingChanges(read(RELEASED + file), read(CURRENT + file));
            if (!problems.isEmpty()) {
                breaking.put(file, problems);
            }
        }
        assertThat(breaking).as("breaking changes to published types (publish a new version instead)").isEmpty();
    }

    @Test
    void everyTypeOfTheCatalogIsInTheSnapshotOrNew() {
        Set<String> released = new TreeSet<>(releasedSchemas());
        List<String> unreleased = new ArrayList<>();
        for (EventType type : EventCatalog.all()) {
            String file = type.schemaResource().substring(type.schemaResource().lastIndexOf('/') + 1);
            if (!released.contains(file)) {
                unreleased.add(file);
            }
        }
        // New types are allowed; they join the snapshot at the next release. The test names them so a release sees them.
        assertThat(unreleased).allSatisfy(file -> assertThat(file).matches(".+\\.v\\d+\\.schema\\.json"));
    }

    @Test
    void aDeliberatelyBrokenCopyIsRefusedChangeByChange() {
        JsonNode released = read(RELEASED + ROLLOUT_CREATED);

        assertThat(breaking(released, s -> {
            properties(s).remove("goLiveDate");
            ((ArrayNode) s.get("required")).removeIf(n -> n.asString().equals("goLiveDate"));
        })).anyMatch(p -> p.contains("$.goLiveDate: required field no longer required"))
                .anyMatch(p -> p.contains("$.goLiveDate: property removed"));
        assertThat(breaking(released, s -> {
            properties(s).set("siteLabel", properties(s).remove("siteName"));
            ArrayNode required = (ArrayNode) s.get("required");
            required.removeIf(n -> n.asString().equals("siteName"));
            required.add("siteLabel");
        })).anyMatch(p -> p.contains("$.siteName: property removed (or renamed)"))
                .anyMatch(p -> p.contains("$.siteLabel: newly required"));
        assertThat(breaking(released, s -> ((ObjectNode) properties(s).get("beds")).put("type", "string")))
                .anyMatch(p -> p.contains("$.beds: type [integer, null] became [string]"));
        assertThat(breaking(released, s -> ((ObjectNode) properties(s).get("goLiveDate")).put("format", "date-time")))
                .anyMatch(p -> p.contains("$.goLiveDate: format"));
        assertThat(breaking(released, s -> ((ArrayNode) properties(s).get("siteType").get("enum"))
                .removeIf(n -> n.asString().equals("LABORATORY"))))
                .anyMatch(p -> p.contains("$.siteType: enum values [LABORATORY] removed"));
    }

    @Test
    void anOptionalPropertyOrAWiderEnumIsCompatible() {
        JsonNode released = read(RELEASED + ROLLOUT_CREATED);

        assertThat(breaking(released, s -> {
            properties(s).putObject("timeZone").putArray("type").add("string").add("null");
            ((ArrayNode) properties(s).get("siteType").get("enum")).add("HOME_HEALTH");
            ((ObjectNode) properties(s).get("siteName")).put("description", "As the PMO names the site");
        })).isEmpty();
    }

    private static List<String> breaking(JsonNode released, java.util.function.Consumer<ObjectNode> change) {
        ObjectNode changed = (ObjectNode) released.deepCopy();
        change.accept(changed);
        return SchemaCompatibility.breakingChanges(released, changed);
    }

    private static ObjectNode properties(ObjectNode schema) {
        return (ObjectNode) schema.get("properties");
    }

    private static List<String> releasedSchemas() {
        return EventSchemaValidator.read(RELEASED + "index.txt").lines()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(String::strip)
                .toList();
    }

    private static JsonNode read(String resource) {
        return JSON.readTree(EventSchemaValidator.read(resource));
    }
}
