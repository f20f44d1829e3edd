package org.golive.system;

import org.golive.testsupport.GoLiveDates;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Every operation × every class of bad input, generated from the OpenAPI documents: each field of a body replaced by
 * each hostile JSON value, each path and query parameter by each hostile parameter, whole bodies that are not JSON
 * or not UTF-8, duplicate keys, wrong media types and Accept headers. The rest of each request is valid (real ids of
 * a fixture), so that the bad part is what the service meets.
 */
final class HostileCases {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String MARK = "__hostile__";
    private static final int MAX_SAMPLE_DEPTH = 4;

    private final Function<String, String> parameterValue;

    /** @param parameterValue a valid value for a parameter of this name (a fixture's id), URL-encoded */
    HostileCases(Function<String, String> parameterValue) {
        this.parameterValue = parameterValue;
    }

    List<HostileCase> of(ApiOperation operation) {
        List<HostileCase> cases = new ArrayList<>();
        String validBody = operation.takesJson() ? JSON.writeValueAsString(sample(operation, operation.bodySchema(), 0))
                : operation.bodyType() == null ? null : "";
        for (ApiOperation.Parameter parameter : operation.parameters()) {
            if (!parameter.in().equals("path") && !parameter.in().equals("query")) {
                continue;
            }
            for (HostileValues.Value value : HostileValues.forParameter()) {
                cases.add(request(operation, value.kind(), parameter.in() + " " + parameter.name(),
                        url(operation, parameter.name(), value.text()), operation.bodyType(), validBody));
            }
        }
        String url = url(operation, null, null);
        cases.add(request(operation, "query", "undeclared parameter", url + (url.contains("?") ? "&" : "?")
                + "x=%00&x=1e999999999", operation.bodyType(), validBody));
        for (String accept : List.of("application/xml", "text/html", "image/png", "*/*;q=nonsense", "application/x")) {
            cases.add(new HostileCase("accept", operation.describe(), "Accept", operation.method(), url,
                    operation.bodyType(), bytes(validBody), Map.of("Accept", accept)));
        }
        if (operation.takesJson()) {
            JsonNode sample = sample(operation, operation.bodySchema(), 0);
            for (String pointer : pointers(sample, "")) {
                String body = withMark(sample, pointer);
                for (HostileValues.Value value : HostileValues.forJsonField()) {
                    cases.add(request(operation, value.kind(), pointer.isEmpty() ? "body" : pointer, url,
                            operation.bodyType(), body.replace("\"" + MARK + "\"", value.text())));
                }
            }
            cases.addAll(HostileBodies.forJson(operation, url, validBody));
        } else if (operation.bodyType() != null) {
            cases.addAll(HostileBodies.forFile(operation, url));
        }
        if (operation.bodyType() != null || !operation.method().equals("GET")) {
            cases.addAll(HostileBodies.mediaTypes(operation, url, validBody == null ? "{}" : validBody));
        }
        return cases;
    }

    private HostileCase request(ApiOperation operation, String kind, String where, String url, String contentType,
                                String body) {
        return new HostileCase(kind, operation.describe(), where, operation.method(), url, contentType, bytes(body),
                Map.of());
    }

    static byte[] bytes(String body) {
        return body == null ? null : body.getBytes(StandardCharsets.UTF_8);
    }

    /** The operation's URL with fixture values, and {@code hostile} in place of one parameter. */
    private String url(ApiOperation operation, String hostileName, String hostile) {
        String path = operation.path();
        StringBuilder query = new StringBuilder();
        for (ApiOperation.Parameter parameter : operation.parameters()) {
            boolean isHostile = parameter.name().equals(hostileName);
            String value = isHostile ? hostile : parameterValue.apply(parameter.name());
            if (parameter.in().equals("path")) {
                path = path.replace("{" + parameter.name() + "}", value);
            } else if (parameter.in().equals("query") && (isHostile || parameter.required())) {
                query.append(query.isEmpty() ? "?" : "&").append(parameter.name()).append('=').append(value);
            }
        }
        return path + query;
    }

    /** A plausible body for a schema: every property, one element per list, the first enum value. */
    static JsonNode sample(ApiOperation operation, JsonNode schema, int depth) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        JsonNode resolved = ApiOperation.resolve(operation.document(), schema);
        if (resolved == null || resolved.isMissingNode() || depth > MAX_SAMPLE_DEPTH) {
            return nodes.stringNode("x");
        }
        if (resolved.has("enum")) {
            return resolved.get("enum").get(0);
        }
        String type = resolved.path("type").asString("object");
        String format = resolved.path("format").asString("");
        return switch (type) {
            case "integer" -> nodes.numberNode(1);
            case "number" -> nodes.numberNode(new java.math.BigDecimal("1.5"));
            case "boolean" -> nodes.booleanNode(false);
            case "string" -> nodes.stringNode(switch (format) {
                case "date" -> GoLiveDates.mondayWeeksAhead(26).toString();
                case "date-time" -> GoLiveDates.mondayWeeksAhead(26) + "T08:00:00Z";
                case "email" -> "someone@example.org";
                default -> "x";
            });
            case "array" -> {
                ArrayNode array = nodes.arrayNode();
                array.add(sample(operation, resolved.path("items"), depth + 1));
                yield array;
            }
            default -> {
                ObjectNode object = nodes.objectNode();
                for (var property : resolved.path("properties").properties()) {
                    object.set(property.getKey(), sample(operation, property.getValue(), depth + 1));
                }
                if (object.isEmpty() && resolved.has("additionalProperties")) {
                    object.set("k", sample(operation, resolved.get("additionalProperties"), depth + 1));
                }
                yield object;
            }
        };
    }

    /** JSON pointers of every node: the root, each property and element, recursively. */
    static List<String> pointers(JsonNode node, String at) {
        List<String> pointers = new ArrayList<>();
        pointers.add(at);
        if (node.isObject()) {
            for (var property : node.properties()) {
                pointers.addAll(pointers(property.getValue(), at + "/" + property.getKey()));
            }
        } else if (node.isArray() && !node.isEmpty()) {
            pointers.addAll(pointers(node.get(0), at + "/0"));
        }
        return pointers;
    }

    /** The sample as JSON text with {@link #MARK} where the pointer points. */
    private static String withMark(JsonNode sample, String pointer) {
        if (pointer.isEmpty()) {
            return "\"" + MARK + "\"";
        }
        JsonNode copy = sample.deepCopy();
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = copy.at(pointer.substring(0, slash));
        String last = pointer.substring(slash + 1);
        if (parent instanceof ObjectNode object) {
            object.put(last, MARK);
        } else if (parent instanceof ArrayNode array) {
            array.set(Integer.parseInt(last), JsonNodeFactory.instance.stringNode(MARK));
        }
        return JSON.writeValueAsString(copy);
    }
}
