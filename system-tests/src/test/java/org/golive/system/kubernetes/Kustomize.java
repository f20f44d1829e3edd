package org.golive.system.kubernetes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The part of Kustomize that deploy/ uses, so that the build renders the overlays without a kubectl binary:
 * {@code resources} (files and directories), {@code patches} by path (strategic merge on the resource of the patch's
 * kind and name; {@code $patch: delete} removes it), {@code images} (newName, newTag) and {@code namespace}. Anything
 * else in a kustomization.yaml is refused, so the manifests cannot drift outside what is rendered here.
 * <p>
 * Strategic merge as Kustomize does it: maps merge key by key, a null deletes; lists of a built-in kind's
 * containers, init containers, env, volumes and volume mounts merge by name; every other list, and every list of a
 * custom resource (Kustomize knows no merge keys for them), is replaced whole.
 */
final class Kustomize {

    private static final YAMLMapper YAML = YAMLMapper.builder().build();
    private static final Set<String> SUPPORTED = Set.of("apiVersion", "kind", "namespace", "resources", "patches", "images");
    private static final Set<String> MERGED_BY_NAME = Set.of("containers", "initContainers", "env", "volumes", "volumeMounts");

    private Kustomize() {
    }

    /** The resources {@code kubectl kustomize directory} would print, in order. */
    static List<ObjectNode> render(Path directory) {
        JsonNode kustomization = readDocuments(directory.resolve("kustomization.yaml")).get(0);
        kustomization.propertyNames().forEach(key -> {
            if (!SUPPORTED.contains(key)) {
                throw new IllegalArgumentException(directory + ": '" + key + "' is outside the Kustomize subset rendered here");
            }
        });
        List<ObjectNode> resources = new ArrayList<>();
        for (JsonNode entry : kustomization.path("resources")) {
            Path resource = directory.resolve(entry.asString()).normalize();
            if (Files.isDirectory(resource)) {
                resources.addAll(render(resource));
            } else {
                readDocuments(resource).forEach(document -> resources.add((ObjectNode) document));
            }
        }
        for (JsonNode patch : kustomization.path("patches")) {
            if (patch.size() != 1 || !patch.has("path")) {
                throw new IllegalArgumentException(directory + ": a patch is a path only (no target, no inline patch)");
            }
            readDocuments(directory.resolve(patch.path("path").asString())).forEach(document -> apply(resources, document));
        }
        for (JsonNode image : kustomization.path("images")) {
            resources.forEach(resource -> setImage(resource, image));
        }
        if (kustomization.has("namespace")) {
            resources.forEach(resource -> ((ObjectNode) resource.path("metadata")).put("namespace", kustomization.path("namespace").asString()));
        }
        return resources;
    }

    private static void apply(List<ObjectNode> resources, JsonNode patch) {
        String kind = patch.path("kind").asString();
        String name = patch.at("/metadata/name").asString();
        ObjectNode target = resources.stream()
                .filter(resource -> resource.path("kind").asString().equals(kind)
                        && resource.at("/metadata/name").asString().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("a patch names no resource: " + kind + " " + name));
        if ("delete".equals(patch.path("$patch").asString())) {
            resources.remove(target);
        } else {
            merge(target, (ObjectNode) patch, builtIn(target.path("apiVersion").asString()));
        }
    }

    /** v1, apps/v1, networking.k8s.io/v1... as opposed to a custom resource's group (kafka.strimzi.io). */
    private static boolean builtIn(String apiVersion) {
        if (!apiVersion.contains("/")) {
            return true;
        }
        String group = apiVersion.substring(0, apiVersion.indexOf('/'));
        return !group.contains(".") || group.endsWith(".k8s.io");
    }

    private static void merge(ObjectNode target, ObjectNode patch, boolean builtIn) {
        for (Map.Entry<String, JsonNode> field : patch.properties()) {
            String key = field.getKey();
            JsonNode value = field.getValue();
            JsonNode existing = target.get(key);
            if (value.isNull()) {
                target.remove(key);
            } else if (existing instanceof ObjectNode existingObject && value instanceof ObjectNode valueObject) {
                merge(existingObject, valueObject, builtIn);
            } else if (builtIn && MERGED_BY_NAME.contains(key) && existing instanceof ArrayNode list && value.isArray()) {
                mergeByName(list, value, builtIn);
            } else {
                target.set(key, value.deepCopy());
            }
        }
    }

    private static void mergeByName(ArrayNode list, JsonNode patches, boolean builtIn) {
        for (JsonNode patch : patches) {
            ObjectNode match = null;
            for (JsonNode element : list) {
                if (element.path("name").asString().equals(patch.path("name").asString())) {
                    match = (ObjectNode) element;
                }
            }
            if (match == null) {
                list.add(patch.deepCopy());
            } else {
                merge(match, (ObjectNode) patch, builtIn);
            }
        }
    }

    /** images: a container whose image is {@code name} (with or without a tag) gets newName and newTag. */
    private static void setImage(ObjectNode resource, JsonNode image) {
        for (JsonNode container : resource.at("/spec/template/spec/containers")) {
            String current = container.path("image").asString();
            int colon = current.lastIndexOf(':');
            String name = colon > current.lastIndexOf('/') ? current.substring(0, colon) : current;
            String tag = colon > current.lastIndexOf('/') ? current.substring(colon + 1) : null;
            if (name.equals(image.path("name").asString())) {
                String newName = image.path("newName").asString(name);
                String newTag = image.path("newTag").asString(tag);
                ((ObjectNode) container).put("image", newTag == null ? newName : newName + ":" + newTag);
            }
        }
    }

    private static List<JsonNode> readDocuments(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no such file: " + file);
        }
        try {
            List<JsonNode> documents = new ArrayList<>();
            Iterator<JsonNode> iterator = YAML.readValues(YAML.createParser(Files.readString(file)), JsonNode.class);
            iterator.forEachRemaining(document -> {
                if (document != null && document.isObject() && !document.isEmpty()) {
                    documents.add(document);
                }
            });
            return documents;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
