package org.golive.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.ConnectionString;
import com.mongodb.WriteConcern;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * docker-compose.yml repeats by hand what the services' application.yml and the gateway routes already say: ports,
 * database names, who talks to whom. Nothing but a real deployment would notice when they drift apart, so this test
 * reads all of them and checks that they agree. Maven runs it with system-tests as working directory.
 */
class ComposeFileTest {

    private static final Path REPOSITORY = Path.of("..");
    private static final YAMLMapper YAML = YAMLMapper.builder().build();
    /** {@code ${NAME:default}}, as the services and the gateway read their environment. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z0-9_.]+):([^}]*)}");
    /** The port a health check asks: {@code /dev/tcp/localhost/8081} or {@code localhost:8081}. */
    private static final Pattern HEALTHCHECK_PORT = Pattern.compile("localhost[/:](\\d+)");

    private static Map<String, JsonNode> containers;
    private static Map<String, JsonNode> services;
    private static JsonNode gateway;
    private static String kafka;

    @BeforeAll
    static void readComposeFile() {
        containers = properties(read(REPOSITORY.resolve("docker-compose.yml")).path("services"));
        services = withImage(name -> name.startsWith("golive/") && !name.startsWith("golive/gateway:")
                && !name.startsWith("golive/identity-provider:"));
        gateway = containers.get("gateway");
        kafka = single(withImage(name -> name.startsWith("apache/kafka:")).keySet());

        assertThat(services).as("the four services").hasSize(4);
        assertThat(gateway).as("the gateway").isNotNull();
    }

    @Test
    void everyServiceHasItsOwnDatabase() {
        services.forEach((service, container) -> {
            String mongo = URI.create(env(container).get("MONGODB_URI")).getHost();

            assertThat(containers).as("%s's MongoDB", service).containsKey(mongo);
            assertThat(image(containers.get(mongo))).as("%s's MongoDB", service).startsWith("mongo:");
            assertThat(mongo).as("the MongoDB of %s", service).isEqualTo(module(container).replace("-service", "-mongo"));
        });
    }

    @Test
    void noTwoServicesShareAMongo() {
        List<String> mongos = services.values().stream()
                .map(container -> URI.create(env(container).get("MONGODB_URI")).getHost())
                .toList();

        assertThat(mongos).doesNotHaveDuplicates();
    }

    @Test
    void everyServiceConnectsToItsReplicaSetAsTheReplicaSetNamesItself() {
        services.forEach((service, container) -> {
            URI uri = URI.create(env(container).get("MONGODB_URI"));
            JsonNode mongo = containers.get(uri.getHost());
            List<String> command = strings(mongo.path("command"));
            String replicaSet = command.get(command.indexOf("--replSet") + 1);

            assertThat(uri.getQuery()).as("%s's MONGODB_URI", service).contains("replicaSet=" + replicaSet);
            // The member address is what the driver connects to after discovery: it must be the name the service uses.
            assertThat(String.join(" ", strings(mongo.path("healthcheck").path("test"))))
                    .as("replica set initiation of %s", uri.getHost())
                    .contains("_id: '" + replicaSet + "'")
                    .contains("host: '" + uri.getHost() + ":" + port(uri) + "'");
        });
    }

    /**
     * The services rely on an acknowledged write surviving a crash (an event sequence is never issued twice, a
     * consumer's effect is never lost behind a committed offset): MongoDB must acknowledge only what is in its
     * journal on a majority of the replica set. Read as the driver reads the URI, not as text.
     */
    @Test
    void everyServiceWaitsForAMajorityJournaledWrite() {
        services.forEach((service, container) -> assertThat(new ConnectionString(env(container).get("MONGODB_URI"))
                .getWriteConcern())
                .as("%s's write concern in MONGODB_URI", service)
                .isEqualTo(WriteConcern.MAJORITY.withJournal(true)));
    }

    @Test
    void everyServiceUsesTheDatabaseNamedInItsApplicationYml() {
        services.forEach((service, container) -> {
            JsonNode applicationYml = read(REPOSITORY.resolve(module(container)).resolve("src/main/resources/application.yml"));
            String configured = applicationYml.path("spring").path("mongodb").path("database").asString();

            assertThat(placeholderDefault(configured, "MONGODB_DATABASE"))
                    .as("%s: MONGODB_DATABASE in docker-compose.yml and the default in application.yml", service)
                    .isEqualTo(env(container).get("MONGODB_DATABASE"));
        });
    }

    @Test
    void everyServiceReachesKafkaThroughTheInternalListener() {
        Map<String, String> broker = env(containers.get(kafka));
        String internalListener = broker.get("KAFKA_INTER_BROKER_LISTENER_NAME");
        String internalAddress = listeners(broker.get("KAFKA_ADVERTISED_LISTENERS")).get(internalListener);

        assertThat(internalAddress).as("advertised address of listener %s", internalListener).startsWith(kafka + ":");
        services.forEach((service, container) -> assertThat(env(container).get("KAFKA_BOOTSTRAP_SERVERS"))
                .as("%s's KAFKA_BOOTSTRAP_SERVERS", service)
                .isEqualTo(internalAddress));
    }

    @Test
    void healthCheckAndGatewayUseThePortTheServiceListensOn() {
        Map<String, URI> gatewayTargets = serviceUrls().values().stream()
                .map(URI::create)
                .collect(Collectors.toMap(URI::getHost, uri -> uri));

        services.forEach((service, container) -> {
            String port = env(container).get("PORT");

            assertThat(port).as("%s's PORT", service).isNotBlank();
            assertThat(healthcheckPort(container)).as("%s's health check", service).isEqualTo(port);
            assertThat(gatewayTargets).as("gateway URLs").containsKey(service);
            assertThat(String.valueOf(gatewayTargets.get(service).getPort())).as("gateway URL of %s", service)
                    .isEqualTo(port);
        });
        assertThat(healthcheckPort(gateway)).as("the gateway's health check").isEqualTo(env(gateway).get("PORT"));
    }

    @Test
    void everyServiceWaitsForItsMongoAndKafkaToBeHealthy() {
        services.forEach((service, container) -> {
            String mongo = URI.create(env(container).get("MONGODB_URI")).getHost();

            assertThat(dependencies(container)).as("%s depends_on", service)
                    .containsEntry(mongo, "service_healthy")
                    .containsEntry(kafka, "service_healthy");
        });
    }

    @Test
    void theGatewayRoutesToEveryServiceThroughTheUrlsItIsGiven() {
        JsonNode routes = read(REPOSITORY.resolve("gateway/src/main/resources/application.yml"))
                .at("/spring/cloud/gateway/server/webflux/routes");
        Set<String> routedVariables = routes.values().stream()
                .map(route -> placeholderName(route.path("uri").asString()))
                .collect(Collectors.toSet());
        Set<String> routedServices = serviceUrls().values().stream()
                .map(url -> URI.create(url).getHost())
                .collect(Collectors.toSet());

        assertThat(routes.isArray()).as("routes under spring.cloud.gateway.server.webflux.routes").isTrue();
        assertThat(routedVariables).as("URL variables the routes read").isEqualTo(serviceUrls().keySet());
        assertThat(routedServices).as("services behind the gateway").isEqualTo(services.keySet());
    }

    @Test
    void onlyTheGatewayTheIdentityProviderAndKafkasExternalListenerArePublishedOnTheHost() {
        Map<String, List<String>> published = new TreeMap<>();
        containers.forEach((name, container) -> {
            if (container.has("ports")) {
                published.put(name, strings(container.path("ports")));
            }
        });

        assertThat(published).containsOnlyKeys("gateway", "identity-provider", kafka);
        assertThat(published.get("identity-provider")).containsExactly("9000:" + env(containers.get("identity-provider")).get("PORT"));
        assertThat(published.get("gateway")).containsExactly("8080:" + env(gateway).get("PORT"));
        String external = listeners(env(containers.get(kafka)).get("KAFKA_ADVERTISED_LISTENERS")).get("EXTERNAL");
        assertThat(published.get(kafka)).containsExactly("9094:" + external.substring(external.lastIndexOf(':') + 1));
    }

    @Test
    void theServicesAndTheGatewayTrustTheIdentityProviderTheyCanReach() {
        Map<String, String> identity = env(containers.get("identity-provider"));
        for (String name : concat(services.keySet(), List.of("gateway"))) {
            Map<String, String> environment = env(containers.get(name));
            assertThat(environment.get("OIDC_ISSUER_URI")).as(name + " issuer").isEqualTo(identity.get("ISSUER_URI"));
            assertThat(environment.get("OIDC_JWK_SET_URI")).as(name + " keys")
                    .isEqualTo("http://identity-provider:" + identity.get("PORT") + "/oauth2/jwks");
        }
    }

    /**
     * The compose file passes the sampling share on, defaulting to what the services themselves default to (telemetry's
     * defaults, the README's configuration table), so that a deployment can turn it up without editing the file.
     */
    @Test
    void theServicesAndTheGatewayTakeTheTraceSamplingShareWithTheDefaultTheyUse() throws IOException {
        java.util.Properties defaults = new java.util.Properties();
        try (var in = Files.newBufferedReader(
                REPOSITORY.resolve("telemetry/src/main/resources/golive-trace-defaults.properties"))) {
            defaults.load(in);
        }
        String share = defaults.getProperty("management.tracing.sampling.probability");
        assertThat(share).as("telemetry's default").isNotBlank();
        assertThat(Files.readString(REPOSITORY.resolve("README.md")))
                .contains("| `MANAGEMENT_TRACING_SAMPLING_PROBABILITY` | the four services and the gateway | `" + share
                        + "`");
        for (String name : concat(services.keySet(), List.of("gateway"))) {
            assertThat(env(containers.get(name)).get("MANAGEMENT_TRACING_SAMPLING_PROBABILITY")).as(name)
                    .isEqualTo("${MANAGEMENT_TRACING_SAMPLING_PROBABILITY:-" + share + "}");
        }
    }

    private static List<String> concat(java.util.Collection<String> a, List<String> b) {
        List<String> all = new java.util.ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    @Test
    void everyContainerHasAMemoryLimit() {
        containers.forEach((name, container) -> assertThat(
                        container.has("mem_limit") || container.at("/deploy/resources/limits/memory").isString())
                .as("memory limit of %s", name)
                .isTrue());
    }

    // --- reading the compose file

    /** Environment in either compose form: a map, or a list of KEY=value. */
    private static Map<String, String> env(JsonNode container) {
        JsonNode environment = container.path("environment");
        Map<String, String> env = new LinkedHashMap<>();
        if (environment.isArray()) {
            for (String entry : strings(environment)) {
                int equals = entry.indexOf('=');
                env.put(entry.substring(0, equals), entry.substring(equals + 1));
            }
        } else {
            properties(environment).forEach((key, value) -> env.put(key, value.asString()));
        }
        return env;
    }

    /** depends_on in either compose form; a bare list means service_started. */
    private static Map<String, String> dependencies(JsonNode container) {
        JsonNode dependsOn = container.path("depends_on");
        Map<String, String> conditions = new LinkedHashMap<>();
        if (dependsOn.isArray()) {
            strings(dependsOn).forEach(name -> conditions.put(name, "service_started"));
        } else {
            properties(dependsOn).forEach((name, spec) -> conditions.put(name,
                    spec.path("condition").asString("service_started")));
        }
        return conditions;
    }

    /** The gateway's *_URL variables and their values. */
    private static Map<String, String> serviceUrls() {
        Map<String, String> urls = new TreeMap<>(env(gateway));
        urls.keySet().removeIf(name -> !name.endsWith("_URL"));
        return urls;
    }

    private static Map<String, JsonNode> withImage(java.util.function.Predicate<String> image) {
        Map<String, JsonNode> matching = new TreeMap<>();
        containers.forEach((name, container) -> {
            if (image.test(image(container))) {
                matching.put(name, container);
            }
        });
        return matching;
    }

    private static String image(JsonNode container) {
        return container.path("image").asString();
    }

    /** golive/planning-service:latest is built from the module planning-service. */
    private static String module(JsonNode container) {
        String image = image(container);
        return image.substring(image.indexOf('/') + 1, image.lastIndexOf(':'));
    }

    private static String healthcheckPort(JsonNode container) {
        String test = String.join(" ", strings(container.path("healthcheck").path("test")));
        Matcher port = HEALTHCHECK_PORT.matcher(test);
        assertThat(port.find()).as("a localhost port in health check %s", test).isTrue();
        return port.group(1);
    }

    /** INTERNAL://kafka:9092,EXTERNAL://localhost:9094 as listener name to host:port. */
    private static Map<String, String> listeners(String advertised) {
        Map<String, String> byName = new LinkedHashMap<>();
        for (String listener : advertised.split(",")) {
            String[] nameAndAddress = listener.trim().split("://", 2);
            byName.put(nameAndAddress[0], nameAndAddress[1]);
        }
        return byName;
    }

    // --- small helpers

    private static String placeholderDefault(String value, String variable) {
        Matcher placeholder = PLACEHOLDER.matcher(value);
        assertThat(placeholder.matches()).as("%s reads ${%s:default}", value, variable).isTrue();
        assertThat(placeholder.group(1)).isEqualTo(variable);
        return placeholder.group(2);
    }

    private static String placeholderName(String value) {
        Matcher placeholder = PLACEHOLDER.matcher(value);
        assertThat(placeholder.matches()).as("%s reads ${VARIABLE:default}", value).isTrue();
        return placeholder.group(1);
    }

    private static int port(URI uri) {
        return uri.getPort() == -1 ? 27017 : uri.getPort();
    }

    private static List<String> strings(JsonNode list) {
        return list.values().stream().map(JsonNode::asString).toList();
    }

    private static Map<String, JsonNode> properties(JsonNode node) {
        Map<String, JsonNode> byName = new TreeMap<>();
        node.properties().forEach(entry -> byName.put(entry.getKey(), entry.getValue()));
        return byName;
    }

    private static String single(Set<String> names) {
        assertThat(names).hasSize(1);
        return names.iterator().next();
    }

    private static JsonNode read(Path file) {
        assertThat(file).as("a file of the repository").isRegularFile();
        try {
            return YAML.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
