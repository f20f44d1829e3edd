package org.golive.testsupport;

import com.networknt.schema.Error;
import com.networknt.schema.ExecutionContext;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.golive.contract.EventCatalog;
import org.golive.contract.EventParts;
import org.golive.contract.EventType;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/** Validates event data against the JSON Schemas that the event contract publishes, with formats asserted. */
public final class EventSchemaValidator {

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

    private EventSchemaValidator() {
    }

    /** The violations of the schema of {@code type} by {@code json}; empty when the data is valid. */
    public static List<String> violations(String type, String json) {
        EventType eventType = EventCatalog.byName(type)
                .orElseThrow(() -> new IllegalArgumentException("Unknown event type " + type));
        Schema schema = SCHEMAS.computeIfAbsent(type, t -> REGISTRY.getSchema(read(eventType.schemaResource()), InputFormat.JSON));
        Consumer<ExecutionContext> assertFormats =
                context -> context.executionConfig(config -> config.formatAssertionsEnabled(true));
        List<Error> errors = schema.validate(json, InputFormat.JSON, assertFormats);
        return errors.stream().map(Error::toString).toList();
    }

    /**
     * The violations of the part headers' schema ({@link EventParts#HEADERS_SCHEMA_RESOURCE}) by the Kafka headers of
     * one part, given as text; empty when they are valid.
     */
    public static List<String> partHeaderViolations(Map<String, String> headers) {
        Schema schema = SCHEMAS.computeIfAbsent(EventParts.HEADERS_SCHEMA_RESOURCE,
                resource -> REGISTRY.getSchema(read(resource), InputFormat.JSON));
        String json = JsonMapper.builder().build().writeValueAsString(headers);
        Consumer<ExecutionContext> assertFormats =
                context -> context.executionConfig(config -> config.formatAssertionsEnabled(true));
        return schema.validate(json, InputFormat.JSON, assertFormats).stream()
                .map(Error::toString).toList();
    }

    public static String read(String resource) {
        try (InputStream in = EventType.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No resource " + resource + " in the event contract");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
