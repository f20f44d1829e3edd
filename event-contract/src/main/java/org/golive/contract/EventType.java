package org.golive.contract;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A published event type: {@code org.golive.<service>.<entity>.<verb>.v<major>}, the topic it travels on and the
 * record that is its data. A breaking change of the data is a new major version, hence a new type.
 */
public record EventType(String name, String topic, Class<? extends Record> dataClass) {

    private static final Pattern NAME = Pattern.compile("org\\.golive\\.[a-z]+\\.[a-z-]+\\.[a-z-]+\\.v[0-9]+");

    public EventType {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(dataClass, "dataClass");
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Event type name does not follow org.golive.<service>.<entity>.<verb>.v<major>: " + name);
        }
    }

    /** Classpath resource of the JSON Schema (draft 2020-12) that the data of this type must satisfy. */
    public String schemaResource() {
        return "/org/golive/contract/schemas/" + name + ".schema.json";
    }

    /** Classpath resource of a valid example of the data of this type. */
    public String exampleResource() {
        return "/org/golive/contract/examples/" + name + ".json";
    }

    /** The {@code dataschema} attribute of the CloudEvents that carry this type. */
    public String dataSchemaUri() {
        return "https://golive.org/schemas/" + name + ".schema.json";
    }
}
