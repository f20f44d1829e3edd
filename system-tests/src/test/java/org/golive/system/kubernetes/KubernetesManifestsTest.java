package org.golive.system.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.golive.contract.Topics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/**
 * deploy/ repeats by hand what the applications' configuration says: ports, environment variables, actuator paths,
 * topics, who talks to whom. This test renders each overlay as {@code kubectl kustomize} would (the subset in
 * {@link Kustomize}), parses every manifest with fabric8's model and checks it against the sources, so a manifest
 * naming a port or a variable a service lacks fails the build. Nothing here has been applied to a cluster.
 */
class KubernetesManifestsTest {

    private static final Path REPOSITORY = Path.of("..");
    private static final Path DEPLOY = REPOSITORY.resolve("deploy");
    private static final Set<String> APPLICATIONS = Set.of("gateway", "identity-provider", "planning-service",
            "stakeholder-service", "budget-service", "tracking-service");

    @ParameterizedTest
    @ValueSource(strings = {"local", "production", "production-keda"})
    void everyWorkloadAgreesWithTheServiceItRuns(String overlay) {
        Manifests manifests = render(overlay);

        assertThat(ManifestChecks.workloads(REPOSITORY, manifests)).as("problems in overlay %s", overlay).isEmpty();
        assertThat(manifests.all(Deployment.class).stream()
                .flatMap(deployment -> deployment.getSpec().getTemplate().getSpec().getContainers().stream())
                .map(container -> ManifestChecks.module(REPOSITORY, container.getImage()))
                .flatMap(java.util.Optional::stream))
                .as("the applications deployed").containsExactlyInAnyOrderElementsOf(APPLICATIONS);
    }

    @Test
    void imagesAreTheOnesJibBuilds() throws IOException {
        String version = rootPomVersion();
        imagesOf(render("production")).forEach(image -> assertThat(image)
                .matches("registry\\.example\\.org/golive/[a-z-]+:" + java.util.regex.Pattern.quote(version)));
        imagesOf(render("local")).stream().filter(image -> !image.startsWith("axllent/"))
                .forEach(image -> assertThat(image).matches("golive/[a-z-]+:latest"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void theGatewayReachesEveryServiceAtThePortItListensOn(String overlay) {
        Manifests manifests = render(overlay);
        Map<String, String> gateway = environment(manifests, "gateway");
        Map<String, String> urls = new TreeMap<>(gateway);
        urls.keySet().removeIf(name -> !name.endsWith("_URL"));

        assertThat(urls.keySet()).containsExactlyInAnyOrder("PLANNING_URL", "STAKEHOLDER_URL", "BUDGET_URL", "TRACKING_URL");
        urls.values().forEach(url -> {
            URI uri = URI.create(url);
            Service service = manifests.named(Service.class, uri.getHost()).orElseThrow();
            int servicePort = service.getSpec().getPorts().get(0).getPort();
            Map<String, String> target = environment(manifests, uri.getHost());

            assertThat(uri.getPort()).as("port of %s", url).isEqualTo(servicePort);
            assertThat(ServiceConfiguration.of(REPOSITORY, uri.getHost()).port(target)).as("%s's PORT", uri.getHost())
                    .isEqualTo(servicePort);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void theServicesAndTheGatewayTrustTheIssuerAndFetchItsKeysInside(String overlay) {
        Manifests manifests = render(overlay);
        Map<String, String> identity = environment(manifests, "identity-provider");
        String keys = "http://identity-provider:" + identity.get("PORT") + "/oauth2/jwks";

        for (String application : List.of("gateway", "planning-service", "stakeholder-service", "budget-service", "tracking-service")) {
            Map<String, String> environment = environment(manifests, application);
            assertThat(environment.get("OIDC_ISSUER_URI")).as("%s's issuer", application).isEqualTo(identity.get("ISSUER_URI"));
            assertThat(environment.get("OIDC_JWK_SET_URI")).as("%s's keys", application).isEqualTo(keys);
        }
        assertThat(environment(manifests, "gateway").get("SIGN_IN_BACK_CHANNEL_URI"))
                .isEqualTo("http://identity-provider:" + identity.get("PORT"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void everyServiceHasItsOwnReplicaSetAndTheBrokers(String overlay) {
        Manifests manifests = render(overlay);
        JsonNode kafka = single(manifests.custom("Kafka"));
        String bootstrap = kafka.at("/metadata/name").asString() + "-kafka-bootstrap:"
                + kafka.at("/spec/kafka/listeners").get(0).path("port").asInt();

        for (String service : List.of("planning", "stakeholder", "budget", "tracking")) {
            Map<String, String> environment = environment(manifests, service + "-service");
            ServiceConfiguration configuration = ServiceConfiguration.of(REPOSITORY, service + "-service");
            JsonNode mongo = manifests.custom("MongoDBCommunity").stream()
                    .filter(resource -> resource.at("/metadata/name").asString().equals(service + "-mongo"))
                    .findFirst().orElseThrow();
            JsonNode user = single(List.copyOf(mongo.at("/spec/users").valueStream().toList()));

            assertThat(environment.get("KAFKA_BOOTSTRAP_SERVERS")).as("%s's broker", service).isEqualTo(bootstrap);
            assertThat(environment.get("MONGODB_DATABASE")).as("%s's database", service)
                    .isEqualTo(configuration.defaultOf("MONGODB_DATABASE"));
            assertThat(environment.get("MONGODB_URI")).as("%s's MONGODB_URI", service)
                    .isEqualTo("secret:" + user.path("connectionStringSecretName").asString() + "/connectionString.standard");
            assertThat(user.path("roles").toString()).as("%s's user", service)
                    .isEqualTo("[{\"name\":\"readWrite\",\"db\":\"" + environment.get("MONGODB_DATABASE") + "\"}]");
            // As in docker-compose: an acknowledged write is in the journal of a majority of the set.
            assertThat(mongo.at("/spec/additionalConnectionStringConfig/w").asString()).isEqualTo("majority");
            assertThat(mongo.at("/spec/additionalConnectionStringConfig/journal").asBoolean()).isTrue();
            assertThat(mongo.at("/spec/members").asInt()).isEqualTo(overlay.equals("local") ? 1 : 3);
        }
        assertThat(brokers(manifests)).isEqualTo(overlay.equals("local") ? 1 : 3);
    }

    /** The topics the services write (Topics) and the consumers' dead letters exist, configured as the services create them. */
    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void everyTopicTheServicesUseIsAKafkaTopicAsTheServicesWouldCreateIt(String overlay) throws Exception {
        Manifests manifests = render(overlay);
        Map<String, JsonNode> topics = manifests.custom("KafkaTopic").stream()
                .collect(Collectors.toMap(topic -> topic.at("/spec/topicName").asString(), topic -> topic));
        String kafka = single(manifests.custom("Kafka")).at("/metadata/name").asString();
        Set<String> used = new TreeSet<>(contractTopics());
        for (String service : List.of("planning", "stakeholder", "budget", "tracking")) {
            if (consumes(service + "-service")) {
                used.add("golive." + service + ".dlt");
            }
        }
        assertThat(topics.keySet()).as("KafkaTopics").containsExactlyInAnyOrderElementsOf(used);

        int maxEventBytes = maxEventBytes();
        for (String service : List.of("planning", "stakeholder", "budget", "tracking")) {
            Map<String, String> environment = environment(manifests, service + "-service");
            ServiceConfiguration configuration = ServiceConfiguration.of(REPOSITORY, service + "-service");
            int replicas = Integer.parseInt(environment.getOrDefault("GOLIVE_KAFKA_REPLICATION_FACTOR",
                    configuration.defaultOf("golive.kafka.replication-factor")));
            int partitions = Integer.parseInt(environment.getOrDefault("GOLIVE_KAFKA_PARTITIONS",
                    configuration.defaultOf("golive.kafka.partitions")));
            JsonNode own = topics.get(configuration.property("golive.events.topic"));

            assertThat(own).as("%s's topic", service).isNotNull();
            assertThat(own.at("/spec/partitions").asInt()).as("%s's partitions", service).isEqualTo(partitions);
            assertThat(own.at("/spec/replicas").asInt()).as("%s's replicas", service).isEqualTo(replicas);
            assertThat(own.at("/spec/config/min.insync.replicas").asString()).isEqualTo(replicas > 1 ? "2" : "1");
            assertThat(own.at("/spec/config/max.message.bytes").asString()).isEqualTo(String.valueOf(maxEventBytes));
            // As OutboxAutoConfiguration creates it: events are kept for good (BI replays, read-model rebuilds).
            assertThat(own.at("/spec/config/retention.ms").asString()).as("%s's retention", service).isEqualTo("-1");
        }
        topics.values().forEach(topic -> {
            assertThat(topic.at("/metadata/labels/strimzi.io~1cluster").asString()).isEqualTo(kafka);
            assertThat(topic.at("/spec/replicas").asInt()).isLessThanOrEqualTo(brokers(manifests));
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"production", "production-keda"})
    void noSecretValueOutsideTheLocalOverlay(String overlay) {
        assertThat(render(overlay).all(Secret.class)).as("Secrets in %s", overlay).isEmpty();
    }

    @Test
    void theLocalOverlayHoldsEverySecretItsWorkloadsNeed() {
        Manifests manifests = render("local");
        Set<String> available = new TreeSet<>();
        manifests.all(Secret.class).forEach(secret -> available.add(secret.getMetadata().getName()));
        manifests.custom("MongoDBCommunity").forEach(mongo -> mongo.at("/spec/users")
                .forEach(user -> available.add(user.path("connectionStringSecretName").asString())));
        Set<String> wanted = new TreeSet<>();
        manifests.all(Deployment.class).forEach(deployment -> deployment.getSpec().getTemplate().getSpec().getContainers()
                .forEach(container -> container.getEnv().stream()
                        .filter(variable -> variable.getValueFrom() != null && variable.getValueFrom().getSecretKeyRef() != null)
                        .filter(variable -> !Boolean.TRUE.equals(variable.getValueFrom().getSecretKeyRef().getOptional()))
                        .forEach(variable -> wanted.add(variable.getValueFrom().getSecretKeyRef().getName()))));
        manifests.custom("MongoDBCommunity").forEach(mongo -> mongo.at("/spec/users")
                .forEach(user -> wanted.add(user.at("/passwordSecretRef/name").asString())));

        assertThat(available).containsAll(wanted);
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "production", "production-keda"})
    void everyWorkloadHasADisruptionBudgetAPolicyAndAnAutoscalerButTheIdentityProvider(String overlay) {
        Manifests manifests = render(overlay);
        for (Deployment deployment : manifests.all(Deployment.class)) {
            String name = deployment.getMetadata().getName();
            Map<String, String> pod = deployment.getSpec().getTemplate().getMetadata().getLabels();
            boolean scaledByKeda = manifests.custom("ScaledObject").stream()
                    .anyMatch(scaled -> scaled.at("/spec/scaleTargetRef/name").asString().equals(name));
            boolean scaledByCpu = manifests.all(HorizontalPodAutoscaler.class).stream()
                    .anyMatch(hpa -> hpa.getSpec().getScaleTargetRef().getName().equals(name)
                            && hpa.getSpec().getScaleTargetRef().getKind().equals("Deployment"));

            assertThat(manifests.all(NetworkPolicy.class).stream()
                    .filter(policy -> !policy.getSpec().getPodSelector().getMatchLabels().isEmpty())
                    .anyMatch(policy -> Manifests.matches(policy.getSpec().getPodSelector(), pod)))
                    .as("a NetworkPolicy for %s", name).isTrue();
            if (APPLICATIONS.contains(name)) {
                assertThat(manifests.all(PodDisruptionBudget.class).stream()
                        .anyMatch(pdb -> Manifests.matches(pdb.getSpec().getSelector(), pod)))
                        .as("a PodDisruptionBudget for %s", name).isTrue();
                assertThat(scaledByCpu && scaledByKeda).as("%s scaled twice", name).isFalse();
                assertThat(scaledByCpu || scaledByKeda).as("%s autoscaled", name).isEqualTo(!name.equals("identity-provider"));
            }
        }
        manifests.custom("ScaledObject").forEach(scaled -> assertThat(scaled.at("/spec/triggers").toString())
                .contains("golive-" + scaled.at("/spec/scaleTargetRef/name").asString().replace("-service", "")));
        // Strimzi writes the listener's NetworkPolicy from these peers: they must be the services' pods.
        single(manifests.custom("Kafka")).at("/spec/kafka/listeners").forEach(listener -> listener.path("networkPolicyPeers")
                .forEach(peer -> {
                    if (peer.has("podSelector")) {
                        assertThat(manifests.selectsAPod(new io.fabric8.kubernetes.api.model.LabelSelector(null,
                                Map.of("golive.org/kafka-client", peer.at("/podSelector/matchLabels/golive.org~1kafka-client").asString()))))
                                .isTrue();
                    }
                }));
    }

    /** The same checks on a deliberately broken copy of deploy/: each mistake is named. */
    @Test
    void aManifestNamingAPortOrAVariableTheServiceLacksFails(@TempDir Path copy) throws IOException {
        copyDeploy(copy);
        Path planning = copy.resolve("base/planning-service.yaml");
        Files.writeString(planning, Files.readString(planning)
                .replace("containerPort: 8081", "containerPort: 8085")
                .replace("  MONGODB_DATABASE: golive-planning", "  MONGODB_DATABASE: golive-planning\n  MONGO_DATABASE_NAME: golive")
                .replace("path: /actuator/health/readiness", "path: /health/ready")
                .replace("prometheus.io/path: /actuator/prometheus", "prometheus.io/path: /metrics"));
        Path gateway = copy.resolve("base/gateway.yaml");
        Files.writeString(gateway, Files.readString(gateway)
                .replace("  MANAGEMENT_SERVER_PORT: '9090'", "  MANAGEMENT_SERVER_PORT: '9091'"));

        List<String> problems = ManifestChecks.workloads(REPOSITORY, Manifests.render(copy.resolve("overlays/production")));

        assertThat(problems).anySatisfy(problem -> assertThat(problem)
                .contains("planning-service", "container port 8085 is none the service listens on"));
        assertThat(problems).anySatisfy(problem -> assertThat(problem)
                .contains("planning-service", "sets MONGO_DATABASE_NAME, which the service does not read"));
        assertThat(problems).anySatisfy(problem -> assertThat(problem)
                .contains("planning-service", "readiness probe asks /health/ready"));
        assertThat(problems).anySatisfy(problem -> assertThat(problem)
                .contains("gateway", "container port 9090 is none the service listens on"));
        assertThat(problems).anySatisfy(problem -> assertThat(problem)
                .contains("gateway", "liveness probe asks port management, where the actuator is on 9091"));
        assertThat(problems).anySatisfy(problem -> assertThat(problem)
                .contains("gateway", "scraped on port 9090, where the actuator is on its management port 9091"));
        assertThat(problems).anySatisfy(problem -> assertThat(problem)
                .contains("planning-service", "scraped at /metrics, which its actuator does not serve"));
    }

    @Test
    void aKustomizationOutsideTheRenderedSubsetIsRefused(@TempDir Path copy) throws IOException {
        copyDeploy(copy);
        Path kustomization = copy.resolve("overlays/local/kustomization.yaml");
        Files.writeString(kustomization, Files.readString(kustomization) + "commonLabels:\n  team: pmo\n");

        assertThatThrownBy(() -> Kustomize.render(copy.resolve("overlays/local")))
                .hasMessageContaining("'commonLabels' is outside the Kustomize subset");
    }

    // --- helpers

    private static Manifests render(String overlay) {
        return Manifests.render(DEPLOY.resolve("overlays").resolve(overlay));
    }

    private static Map<String, String> environment(Manifests manifests, String deployment) {
        Container container = manifests.named(Deployment.class, deployment).orElseThrow()
                .getSpec().getTemplate().getSpec().getContainers().get(0);
        return manifests.environment(container, new java.util.ArrayList<>());
    }

    private static List<String> imagesOf(Manifests manifests) {
        return manifests.all(Deployment.class).stream()
                .flatMap(deployment -> deployment.getSpec().getTemplate().getSpec().getContainers().stream())
                .map(Container::getImage).toList();
    }

    private static int brokers(Manifests manifests) {
        return manifests.custom("KafkaNodePool").stream()
                .filter(pool -> pool.at("/spec/roles").toString().contains("broker"))
                .mapToInt(pool -> pool.at("/spec/replicas").asInt()).sum();
    }

    private static Set<String> contractTopics() throws IllegalAccessException {
        Set<String> topics = new TreeSet<>();
        for (Field field : Topics.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                topics.add((String) field.get(null));
            }
        }
        return topics;
    }

    /** A service consumes when one of its classes listens to Kafka; its dead letters then go to golive.<service>.dlt. */
    private static boolean consumes(String module) throws IOException {
        try (Stream<Path> sources = Files.walk(REPOSITORY.resolve(module).resolve("src/main/java"))) {
            return sources.filter(file -> file.toString().endsWith(".java")).anyMatch(file -> {
                try {
                    return Files.readString(file).contains("@KafkaListener");
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
    }

    private static int maxEventBytes() throws Exception {
        Field field = Class.forName("org.golive.platform.outbox.OutboxAutoConfiguration").getDeclaredField("MAX_EVENT_BYTES");
        field.setAccessible(true);
        return field.getInt(null);
    }

    private static String rootPomVersion() throws IOException {
        String pom = Files.readString(REPOSITORY.resolve("pom.xml"));
        int parentEnd = pom.indexOf("</parent>");
        String project = parentEnd < 0 ? pom : pom.substring(parentEnd);
        int start = project.indexOf("<version>") + "<version>".length();
        return project.substring(start, project.indexOf("</version>", start));
    }

    private static void copyDeploy(Path copy) throws IOException {
        try (Stream<Path> files = Files.walk(DEPLOY)) {
            for (Path file : files.toList()) {
                Path target = copy.resolve(DEPLOY.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }

    private static <T> T single(List<T> items) {
        assertThat(items).hasSize(1);
        return items.get(0);
    }
}
