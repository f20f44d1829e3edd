package org.golive.testsupport;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.golive.contract.EventCatalog;
import org.golive.contract.EventParts;
import org.golive.contract.EventType;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * The part envelope of large events, as the contract publishes it for consumers outside: its header schema and
 * example agree, the AsyncAPI document names it, and the cutting rule gives back every event's data, byte for byte,
 * in parts that are each valid UTF-8 text.
 */
class EventPartsContractTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Schema META_SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));

    static Stream<Named<EventType>> catalog() {
        return EventCatalog.all().stream().map(type -> Named.of(type.name(), type));
    }

    @Test
    void theHeaderSchemaIsAValidSchemaAndTheExampleSatisfiesIt() {
        String schema = EventSchemaValidator.read(EventParts.HEADERS_SCHEMA_RESOURCE);

        assertThat(META_SCHEMA.validate(schema, InputFormat.JSON)).isEmpty();
        assertThat(EventSchemaValidator.partHeaderViolations(example())).isEmpty();
        assertThat(example().get("ce_id"))
                .isEqualTo(EventParts.partId(example().get("ce_partof"), Integer.parseInt(example().get("ce_partindex"))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ce_partof", "ce_partindex", "ce_partcount", "ce_partdigest", "ce_sequence", "content-type"})
    void headersWithoutAPartAttributeAreRefused(String header) {
        Map<String, String> headers = example();
        headers.remove(header);

        assertThat(EventSchemaValidator.partHeaderViolations(headers)).isNotEmpty();
    }

    @Test
    void headersThatCouldNotBeReassembledAreRefused() {
        assertThat(violationsWith("ce_partindex", "0")).isNotEmpty();
        assertThat(violationsWith("ce_partcount", "three")).isNotEmpty();
        assertThat(violationsWith("ce_partdigest", "md5:abc")).isNotEmpty();
        assertThat(violationsWith("content-type", "application/json")).as("a part is no JSON document").isNotEmpty();
        assertThat(violationsWith("ce_dataschema", "https://golive.org/schemas/x.schema.json"))
                .as("the schema is the whole event's").isNotEmpty();
    }

    @Test
    void theAsyncApiDocumentDescribesThePartsAndPointsToTheirSchema() {
        JsonNode asyncApi = YAMLMapper.builder().build()
                .readTree(EventSchemaValidator.read("/org/golive/contract/asyncapi.yaml"));
        JsonNode headers = asyncApi.path("components").path("messageTraits").path("cloudEvent").path("headers")
                .path("properties");

        assertThat(headers.propertyNames()).contains("ce_partof", "ce_partindex", "ce_partcount", "ce_partdigest");
        assertThat(asyncApi.path("info").path("description").asString())
                .contains("schemas/event-part.headers.schema.json", "examples/event-part.headers.json");
        assertThatCode(() -> EventSchemaValidator.read(EventParts.HEADERS_EXAMPLE_RESOURCE)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @MethodSource("catalog")
    void everyExampleCutIntoSmallPartsComesBackWholeAndValid(EventType type) throws CharacterCodingException {
        byte[] data = EventSchemaValidator.read(type.exampleResource()).getBytes(StandardCharsets.UTF_8);

        List<byte[]> parts = EventParts.split(data, 16);

        assertThat(parts).hasSizeGreaterThan(1).allSatisfy(part -> assertThat(part.length).isBetween(1, 16));
        assertThat(EventParts.digest(concatenated(parts))).isEqualTo(EventParts.digest(data));
        String whole = new String(concatenated(parts), StandardCharsets.UTF_8);
        assertThat(EventSchemaValidator.violations(type.name(), whole)).isEmpty();
        for (byte[] part : parts) {
            strictUtf8(part);
        }
    }

    @Test
    void aPartIsNeverCutInsideACharacter() throws CharacterCodingException {
        String text = "{\"name\":\"" + "Zürich 東京 🏥 ".repeat(200) + "\"}";
        byte[] data = text.getBytes(StandardCharsets.UTF_8);

        for (int size = 4; size <= 13; size++) {
            List<byte[]> parts = EventParts.split(data, size);
            assertThat(new String(concatenated(parts), StandardCharsets.UTF_8)).isEqualTo(text);
            for (byte[] part : parts) {
                assertThat(part.length).isLessThanOrEqualTo(size);
                strictUtf8(part); // throws on a character cut in two
            }
        }
    }

    @Test
    void dataThatFitsIsOnePartAndTheDigestIsTheHexSha256() {
        assertThat(EventParts.split("{}".getBytes(StandardCharsets.UTF_8), 1024)).hasSize(1);
        assertThat(EventParts.digest("abc"))
                .isEqualTo("sha-256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    private static List<String> violationsWith(String header, String value) {
        Map<String, String> headers = example();
        headers.put(header, value);
        return EventSchemaValidator.partHeaderViolations(headers);
    }

    private static Map<String, String> example() {
        Map<String, String> headers = new LinkedHashMap<>();
        JSON.readTree(EventSchemaValidator.read(EventParts.HEADERS_EXAMPLE_RESOURCE)).properties()
                .forEach(header -> headers.put(header.getKey(), header.getValue().asString()));
        return headers;
    }

    private static byte[] concatenated(List<byte[]> parts) {
        ByteArrayOutputStream whole = new ByteArrayOutputStream();
        parts.forEach(whole::writeBytes);
        return whole.toByteArray();
    }

    private static void strictUtf8(byte[] part) throws CharacterCodingException {
        StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(part));
    }
}
