package org.golive.testsupport;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.golive.contract.EventCatalog;
import org.golive.contract.EventType;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * Keeps the event contract in one piece: for every type of {@link EventCatalog}, the record, its JSON Schema, its
 * example and the AsyncAPI document describe the same data, and the schema refuses what a consumer could not read.
 */
class EventContractTest {

    private static final String DRAFT_2020_12 = "https://json-schema.org/draft/2020-12/schema";
    private static final String CONTRACT_ROOT = "/org/golive/contract/";
    private static final Pattern TYPE_NAME =
            Pattern.compile("org\\.golive\\.(?<service>[a-z]+)\\.(?<entity>[a-z-]+)\\.(?<verb>[a-z-]+)\\.v[0-9]+");

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Schema META_SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(SchemaLocation.of(DRAFT_2020_12));
    private static final JsonNode ASYNCAPI =
            YAMLMapper.builder().build().readTree(EventSchemaValidator.read(CONTRACT_ROOT + "asyncapi.yaml"));

    static Stream<Named<EventType>> catalog() {
        return EventCatalog.all().stream().map(type -> Named.of(type.name(), type));
    }

    // --- schema and example ---------------------------------------------------------------------------------------

    @ParameterizedTest
    @MethodSource("catalog")
    void theSchemaIsAValidDraft202012SchemaWhoseIdIsTheDataSchemaOfTheEvents(EventType type) {
        String schema = EventSchemaValidator.read(type.schemaResource());

        assertThat(JSON.readTree(schema).path("$schema").asString()).isEqualTo(DRAFT_2020_12);
        assertThat(META_SCHEMA.validate(schema, InputFormat.JSON)).isEmpty();
        assertThat(JSON.readTree(schema).path("$id").asString()).isEqualTo(type.dataSchemaUri());
    }

    @Test
    void theMetaSchemaCheckRefusesASchemaThatIsNoSchema() {
        assertThat(META_SCHEMA.validate("{\"type\": \"obj\", \"required\": \"name\"}", InputFormat.JSON))
                .as("a meta-schema check that passes everything would prove nothing")
                .extracting(error -> error.toString().substring(0, error.toString().indexOf(':')))
                .contains("/type", "/required");
    }

    @ParameterizedTest
    @MethodSource("catalog")
    void theExampleSatisfiesTheSchema(EventType type) {
        assertThat(EventSchemaValidator.violations(type.name(), EventSchemaValidator.read(type.exampleResource())))
                .isEmpty();
    }

    @ParameterizedTest
    @MethodSource("catalog")
    void theExampleReadsIntoTheRecordAndTheRecordWritesItBackUnchanged(EventType type) {
        String example = EventSchemaValidator.read(type.exampleResource());

        Record data = JSON.readValue(example, type.dataClass());
        String written = JSON.writeValueAsString(data);

        assertThat(EventSchemaValidator.violations(type.name(), written)).isEmpty();
        assertThat(JSON.readTree(written)).isEqualTo(JSON.readTree(example));
    }

    @ParameterizedTest
    @MethodSource("catalog")
    void aRecordWithoutItsOptionalValuesStillWritesValidData(EventType type) {
        ObjectNode example = example(type);
        propertyNames(type).stream().filter(name -> !required(type).contains(name)).forEach(example::remove);

        Record data = JSON.treeToValue(example, type.dataClass());

        assertThat(EventSchemaValidator.violations(type.name(), JSON.writeValueAsString(data))).isEmpty();
    }

    // --- record and schema cannot drift apart ---------------------------------------------------------------------

    @ParameterizedTest
    @MethodSource("catalog")
    void theSchemaHasExactlyTheRecordsComponentsAsProperties(EventType type) {
        assertThat(propertyNames(type)).containsExactlyInAnyOrderElementsOf(componentNames(type));
        assertThat(required(type)).isSubsetOf(componentNames(type)).doesNotHaveDuplicates();
    }

    @ParameterizedTest
    @MethodSource("catalog")
    void everyPrimitiveComponentIsRequired(EventType type) {
        // A primitive is always written, and an absent value would be read as 0 without complaint.
        List<String> primitives = Arrays.stream(type.dataClass().getRecordComponents())
                .filter(component -> component.getType().isPrimitive())
                .map(component -> component.getName())
                .toList();

        assertThat(required(type)).containsAll(primitives);
    }

    // --- the schema refuses what a consumer could not read --------------------------------------------------------

    @ParameterizedTest
    @MethodSource("catalog")
    void dataMissingARequiredFieldIsRefused(EventType type) {
        for (String field : required(type)) {
            ObjectNode mutated = example(type);
            mutated.remove(field);

            assertThat(violations(type, mutated)).as("without %s", field).isNotEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("catalog")
    void aValueOfTheWrongTypeIsRefused(EventType type) {
        for (Map.Entry<String, JsonNode> property : properties(type)) {
            JsonNode wrong = wrongTypeFor(property.getValue());
            ObjectNode mutated = example(type);
            mutated.set(property.getKey(), wrong);

            assertThat(violations(type, mutated)).as("%s = %s", property.getKey(), wrong).isNotEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("catalog")
    void aMalformedDateOrDateTimeIsRefused(EventType type) {
        Map<String, List<String>> malformed = Map.of(
                "date-time", List.of("2026-11-25 09:30:00Z", "2026-11-25T09:30:00", "2026-11-25", "2026-13-25T09:30:00Z",
                        "2026-11-25T25:30:00Z", "yesterday"),
                "date", List.of("2027-13-01", "2027-02-30", "2027-5-1", "01/05/2027", "2027-05-01T00:00:00Z"));
        List<Map.Entry<String, JsonNode>> dated = properties(type).stream()
                .filter(property -> malformed.containsKey(property.getValue().path("format").asString()))
                .toList();
        assumeFalse(dated.isEmpty(), type.name() + " has no date or date-time property");

        for (Map.Entry<String, JsonNode> property : dated) {
            for (String value : malformed.get(property.getValue().path("format").asString())) {
                ObjectNode mutated = example(type);
                mutated.put(property.getKey(), value);

                assertThat(violations(type, mutated)).as("%s = %s", property.getKey(), value).isNotEmpty();
            }
        }
    }

    @ParameterizedTest
    @MethodSource("catalog")
    void anUnknownPropertyIsRefused(EventType type) {
        ObjectNode mutated = example(type);
        mutated.put("unexpected", "a field the schema does not know");

        assertThat(violations(type, mutated)).isNotEmpty();
    }

    // --- names ----------------------------------------------------------------------------------------------------

    @ParameterizedTest
    @MethodSource("catalog")
    void theTypeNameAndItsTopicNameTheSameService(EventType type) {
        Matcher name = TYPE_NAME.matcher(type.name());

        assertThat(name.matches()).as("%s follows org.golive.<service>.<entity>.<verb>.v<major>", type.name()).isTrue();
        assertThat(type.topic()).isEqualTo("golive." + name.group("service") + ".events");
    }

    @Test
    void theCatalogNamesEveryTypeAndEveryRecordOnce() {
        assertThat(EventCatalog.all()).extracting(EventType::name).doesNotHaveDuplicates();
        assertThat(EventCatalog.all()).extracting(EventType::dataClass).doesNotHaveDuplicates();
        EventCatalog.all().forEach(type -> {
            assertThat(EventCatalog.byName(type.name())).contains(type);
            assertThat(EventCatalog.of(type.dataClass())).isEqualTo(type);
        });
    }

    // --- AsyncAPI ---------------------------------------------------------------------------------------------------

    @Test
    void theAsyncApiDocumentIsVersion3() {
        assertThat(ASYNCAPI.path("asyncapi").asString()).startsWith("3.");
    }

    @ParameterizedTest
    @MethodSource("catalog")
    void theAsyncApiDocumentHasTheTypeAsAMessageOnItsTopicWithItsSchema(EventType type) {
        List<String> keys = messageKeysNamed(type.name());
        assertThat(keys).as("messages named %s", type.name()).hasSize(1);
        JsonNode message = ASYNCAPI.path("components").path("messages").path(keys.get(0));

        String payload = message.path("payload").path("$ref").asString();
        assertThat(URI.create(CONTRACT_ROOT).resolve(payload).getPath()).isEqualTo(type.schemaResource());
        assertThatCode(() -> EventSchemaValidator.read(type.schemaResource())).doesNotThrowAnyException();

        List<JsonNode> channels = channelsWithAddress(type.topic());
        assertThat(channels).as("channels with address %s", type.topic()).hasSize(1);
        assertThat(messageRefs(channels.get(0))).contains("#/components/messages/" + keys.get(0));
    }

    @Test
    void everyMessageOfTheAsyncApiDocumentIsInTheCatalogOnTheChannelOfItsTopic() {
        JsonNode messages = ASYNCAPI.path("components").path("messages");
        assertThat(messages.propertyNames()).isNotEmpty();
        for (Map.Entry<String, JsonNode> message : messages.properties()) {
            String name = message.getValue().path("name").asString();
            assertThat(EventCatalog.byName(name)).as("message %s named %s", message.getKey(), name).isPresent();
        }

        for (JsonNode channel : ASYNCAPI.path("channels").values()) {
            String address = channel.path("address").asString();
            for (String ref : messageRefs(channel)) {
                assertThat(ref).startsWith("#/components/messages/");
                JsonNode message = messages.path(ref.substring("#/components/messages/".length()));
                assertThat(message.isObject()).as("%s on %s exists", ref, address).isTrue();
                assertThat(EventCatalog.byName(message.path("name").asString()))
                        .as("%s on %s", ref, address)
                        .hasValueSatisfying(type -> assertThat(type.topic()).isEqualTo(address));
            }
        }
    }

    // --- helpers --------------------------------------------------------------------------------------------------

    private static ObjectNode example(EventType type) {
        return (ObjectNode) JSON.readTree(EventSchemaValidator.read(type.exampleResource()));
    }

    private static List<String> violations(EventType type, JsonNode data) {
        return EventSchemaValidator.violations(type.name(), JSON.writeValueAsString(data));
    }

    private static JsonNode schema(EventType type) {
        return JSON.readTree(EventSchemaValidator.read(type.schemaResource()));
    }

    private static List<Map.Entry<String, JsonNode>> properties(EventType type) {
        return List.copyOf(schema(type).path("properties").properties());
    }

    private static List<String> propertyNames(EventType type) {
        return List.copyOf(schema(type).path("properties").propertyNames());
    }

    private static List<String> required(EventType type) {
        return schema(type).path("required").values().stream().map(JsonNode::asString).toList();
    }

    private static List<String> componentNames(EventType type) {
        return Arrays.stream(type.dataClass().getRecordComponents()).map(component -> component.getName()).toList();
    }

    /** A value of a JSON type that the property's schema does not admit. */
    private static JsonNode wrongTypeFor(JsonNode property) {
        List<String> types = new ArrayList<>();
        JsonNode type = property.path("type");
        if (type.isArray()) {
            type.values().forEach(t -> types.add(t.asString()));
        } else if (type.isString()) {
            types.add(type.asString());
        }
        if (types.contains("integer") || types.contains("number")) {
            return NODES.stringNode("42");
        }
        if (types.contains("string") || types.contains("boolean")) {
            return NODES.numberNode(42);
        }
        return NODES.booleanNode(true);
    }

    private static List<String> messageKeysNamed(String name) {
        return ASYNCAPI.path("components").path("messages").propertyStream()
                .filter(message -> name.equals(message.getValue().path("name").asString()))
                .map(Map.Entry::getKey)
                .toList();
    }

    private static List<JsonNode> channelsWithAddress(String address) {
        return ASYNCAPI.path("channels").values().stream()
                .filter(channel -> address.equals(channel.path("address").asString()))
                .toList();
    }

    private static List<String> messageRefs(JsonNode channel) {
        return channel.path("messages").values().stream().map(message -> message.path("$ref").asString()).toList();
    }
}
