package org.golive.testsupport;

import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a consumer that reads a published event type may rely on, compared between the released schema and the current
 * one. Breaking (a new type version is the way to do it): a property removed or renamed, a field made required that
 * was not (older events lack it) or no longer required (consumers count on it), a type or format changed, an enum
 * narrowed, an array's items or an object's properties changed in any of these ways. Compatible: a new optional
 * property, a widened enum, new descriptions.
 */
final class SchemaCompatibility {

    private SchemaCompatibility() {
    }

    /** The breaking changes from {@code released} to {@code current}, each named by its JSON path; empty if none. */
    static List<String> breakingChanges(JsonNode released, JsonNode current) {
        List<String> problems = new ArrayList<>();
        compare("$", released, current, problems);
        return problems;
    }

    private static void compare(String path, JsonNode released, JsonNode current, List<String> problems) {
        if (!types(released).equals(types(current))) {
            problems.add(path + ": type " + types(released) + " became " + types(current));
        }
        if (!released.path("format").equals(current.path("format"))) {
            problems.add(path + ": format " + released.path("format") + " became " + current.path("format"));
        }
        if (released.has("enum")) {
            Set<String> before = strings(released.get("enum"));
            Set<String> after = current.has("enum") ? strings(current.get("enum")) : before;
            before.removeAll(after);
            if (!before.isEmpty()) {
                problems.add(path + ": enum values " + before + " removed");
            }
        } else if (current.has("enum")) {
            problems.add(path + ": values now restricted to " + strings(current.get("enum")));
        }
        Set<String> requiredBefore = strings(released.path("required"));
        Set<String> requiredAfter = strings(current.path("required"));
        for (String field : requiredBefore) {
            if (!requiredAfter.contains(field)) {
                problems.add(path + "." + field + ": required field no longer required (removed or renamed?)");
            }
        }
        for (String field : requiredAfter) {
            if (!requiredBefore.contains(field)) {
                problems.add(path + "." + field + ": newly required (events published before lack it)");
            }
        }
        JsonNode propertiesAfter = current.path("properties");
        for (String name : released.path("properties").propertyNames()) {
            if (!propertiesAfter.has(name)) {
                problems.add(path + "." + name + ": property removed (or renamed)");
            } else {
                compare(path + "." + name, released.get("properties").get(name), propertiesAfter.get(name), problems);
            }
        }
        for (String keyword : new String[] {"items", "additionalProperties"}) {
            if (released.path(keyword).isObject() && current.path(keyword).isObject()) {
                compare(path + "." + keyword, released.get(keyword), current.get(keyword), problems);
            }
        }
        for (String keyword : new String[] {"anyOf", "oneOf", "allOf"}) {
            JsonNode before = released.path(keyword);
            JsonNode after = current.path(keyword);
            if (before.isMissingNode() && after.isMissingNode()) {
                continue;
            }
            if (before.size() != after.size()) {
                problems.add(path + "." + keyword + ": " + before.size() + " alternatives became " + after.size());
            } else {
                for (int i = 0; i < before.size(); i++) {
                    compare(path + "." + keyword + "[" + i + "]", before.get(i), after.get(i), problems);
                }
            }
        }
        JsonNode definitionsAfter = current.path("$defs");
        for (String name : released.path("$defs").propertyNames()) {
            if (!definitionsAfter.has(name)) {
                problems.add(path + ".$defs." + name + ": definition removed");
            } else {
                compare(path + ".$defs." + name, released.get("$defs").get(name), definitionsAfter.get(name), problems);
            }
        }
        if (!released.path("$ref").equals(current.path("$ref"))) {
            problems.add(path + ": $ref " + released.path("$ref") + " became " + current.path("$ref"));
        }
    }

    private static Set<String> types(JsonNode schema) {
        return strings(schema.path("type"));
    }

    private static Set<String> strings(JsonNode node) {
        Set<String> values = new TreeSet<>();
        if (node.isArray()) {
            node.forEach(value -> values.add(value.isString() ? value.asString() : value.toString()));
        } else if (!node.isMissingNode() && !node.isNull()) {
            values.add(node.isString() ? node.asString() : node.toString());
        }
        return values;
    }
}
