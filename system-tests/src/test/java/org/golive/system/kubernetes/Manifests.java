package org.golive.system.kubernetes;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One rendered overlay: every manifest parsed by fabric8's model (built-in kinds as typed objects, so a misspelt
 * field of a Deployment fails to parse), custom resources (Strimzi, MongoDB, KEDA) kept as trees, and the pods the
 * operators will make for them, as far as their labels go.
 */
final class Manifests {

    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

    final List<HasMetadata> typed = new ArrayList<>();
    final List<JsonNode> custom = new ArrayList<>();

    static Manifests render(Path overlay) {
        Manifests manifests = new Manifests();
        for (ObjectNode resource : Kustomize.render(overlay)) {
            String apiVersion = resource.path("apiVersion").asString();
            if (apiVersion.contains("strimzi.io") || apiVersion.contains("mongodb.com") || apiVersion.contains("keda.sh")) {
                manifests.custom.add(resource);
            } else {
                HasMetadata parsed = SERIALIZATION.unmarshal(resource.toString());
                if (parsed.getClass() == io.fabric8.kubernetes.api.model.GenericKubernetesResource.class) {
                    throw new IllegalArgumentException("not a Kubernetes kind fabric8 knows: " + apiVersion + " " + resource.path("kind"));
                }
                manifests.typed.add(parsed);
            }
        }
        return manifests;
    }

    <T extends HasMetadata> List<T> all(Class<T> kind) {
        return typed.stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    <T extends HasMetadata> Optional<T> named(Class<T> kind, String name) {
        return all(kind).stream().filter(resource -> resource.getMetadata().getName().equals(name)).findFirst();
    }

    List<JsonNode> custom(String kind) {
        return custom.stream().filter(resource -> resource.path("kind").asString().equals(kind)).toList();
    }

    /** The labels of every pod this overlay makes: the Deployments' and those the operators create. */
    List<Map<String, String>> podLabels() {
        List<Map<String, String>> pods = new ArrayList<>();
        all(Deployment.class).forEach(deployment -> pods.add(deployment.getSpec().getTemplate().getMetadata().getLabels()));
        // The MongoDB Community Operator labels a replica set's members app=<name>-svc (its Service's name).
        custom("MongoDBCommunity").forEach(mongo -> pods.add(Map.of("app", mongo.at("/metadata/name").asString() + "-svc")));
        // Strimzi labels a node pool's pods with the cluster, the pool and the node's roles.
        custom("KafkaNodePool").forEach(pool -> {
            Map<String, String> labels = new LinkedHashMap<>();
            labels.put("strimzi.io/cluster", pool.at("/metadata/labels/strimzi.io~1cluster").asString());
            labels.put("strimzi.io/kind", "Kafka");
            labels.put("strimzi.io/pool-name", pool.at("/metadata/name").asString());
            pool.at("/spec/roles").forEach(role -> labels.put("strimzi.io/" + role.asString() + "-role", "true"));
            pods.add(labels);
        });
        return pods;
    }

    boolean selectsAPod(LabelSelector selector) {
        return podLabels().stream().anyMatch(pod -> matches(selector, pod));
    }

    static boolean matches(LabelSelector selector, Map<String, String> labels) {
        if (selector.getMatchExpressions() != null && !selector.getMatchExpressions().isEmpty()) {
            throw new IllegalArgumentException("match expressions are not used in deploy/");
        }
        Map<String, String> wanted = selector.getMatchLabels() == null ? Map.of() : selector.getMatchLabels();
        return wanted.entrySet().stream().allMatch(entry -> entry.getValue().equals(labels.get(entry.getKey())));
    }

    /** The container's environment: its env (secret references as "secret:name/key") and its ConfigMaps' keys. */
    Map<String, String> environment(Container container, List<String> problems) {
        Map<String, String> environment = new LinkedHashMap<>();
        for (EnvFromSource source : container.getEnvFrom()) {
            if (source.getConfigMapRef() == null) {
                problems.add(container.getName() + ": envFrom other than a ConfigMap");
                continue;
            }
            Optional<ConfigMap> configMap = named(ConfigMap.class, source.getConfigMapRef().getName());
            if (configMap.isEmpty()) {
                problems.add(container.getName() + ": no ConfigMap " + source.getConfigMapRef().getName());
            } else {
                environment.putAll(configMap.get().getData());
            }
        }
        for (EnvVar variable : container.getEnv()) {
            if (variable.getValueFrom() != null && variable.getValueFrom().getSecretKeyRef() != null) {
                environment.put(variable.getName(), "secret:" + variable.getValueFrom().getSecretKeyRef().getName()
                        + "/" + variable.getValueFrom().getSecretKeyRef().getKey());
            } else {
                environment.put(variable.getName(), variable.getValue());
            }
        }
        return environment;
    }

    /** A port by number or by the name of one of the container's ports; empty when it names none. */
    static Optional<Integer> resolve(IntOrString port, List<ContainerPort> ports) {
        if (port.getIntVal() != null) {
            return ports.stream().map(ContainerPort::getContainerPort).filter(port.getIntVal()::equals).findFirst();
        }
        return ports.stream().filter(candidate -> port.getStrVal().equals(candidate.getName()))
                .map(ContainerPort::getContainerPort).findFirst();
    }

    List<Secret> secrets() {
        return all(Secret.class);
    }

    List<Service> services() {
        return all(Service.class);
    }
}
