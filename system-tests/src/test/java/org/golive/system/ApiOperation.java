package org.golive.system;

import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One operation of a service as its OpenAPI document (springdoc, {@code /v3/api-docs}) describes it: the method, the
 * path as called through the gateway, its parameters and the schema of its body, $refs resolved against the document.
 */
record ApiOperation(String service, String method, String path, List<Parameter> parameters, String bodyType,
                    JsonNode bodySchema, JsonNode document) {

    record Parameter(String name, String in, JsonNode schema, boolean required) {
    }

    static List<ApiOperation> of(String service, JsonNode document) {
        String server = document.get("servers").get(0).get("url").asString();
        List<ApiOperation> operations = new ArrayList<>();
        for (var path : document.get("paths").properties()) {
            for (var operation : path.getValue().properties()) {
                String method = operation.getKey().toUpperCase(Locale.ROOT);
                if (!List.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
                    continue;
                }
                List<Parameter> parameters = new ArrayList<>();
                for (JsonNode parameter : operation.getValue().path("parameters")) {
                    parameters.add(new Parameter(parameter.get("name").asString(), parameter.get("in").asString(),
                            resolve(document, parameter.path("schema")), parameter.path("required").asBoolean()));
                }
                String bodyType = null;
                JsonNode bodySchema = null;
                JsonNode content = operation.getValue().path("requestBody").path("content");
                if (!content.isMissingNode() && !content.isEmpty()) {
                    var first = content.properties().iterator().next();
                    bodyType = first.getKey();
                    bodySchema = resolve(document, first.getValue().path("schema"));
                }
                operations.add(new ApiOperation(service, method, server + path.getKey(), List.copyOf(parameters),
                        bodyType, bodySchema, document));
            }
        }
        return operations;
    }

    /** The schema a $ref points to (one level; call again for nested ones). */
    static JsonNode resolve(JsonNode document, JsonNode schema) {
        JsonNode current = schema;
        for (int hops = 0; hops < 10 && current != null && current.has("$ref"); hops++) {
            String ref = current.get("$ref").asString();
            current = document.at(ref.substring(1));
        }
        return current;
    }

    String describe() {
        return method + " " + path;
    }

    boolean takesJson() {
        return bodyType != null && bodyType.contains("json");
    }
}
