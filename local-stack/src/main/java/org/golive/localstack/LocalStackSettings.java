package org.golive.localstack;

import org.golive.infra.MongoDurability;
import org.golive.infra.StoreCommits;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the local stack listens on and where it keeps its data. Each setting comes from a command-line option
 * ({@code --kafka-port=9093}) or an environment variable ({@code GOLIVE_KAFKA_PORT=9093}); the option wins.
 *
 * @param externalKafka   bootstrap servers of a broker to use instead of starting one (tests)
 * @param externalMongo   connection string of a MongoDB to use instead of starting one (tests)
 * @param databasePrefix  prefix of the services' database names, so several stacks can share one server
 * @param mongoDurability when the embedded MongoDB server acknowledges a write: {@code written} (default) once it is
 *                        in the data file, which a killed process cannot undo; {@code synced} also forced to the disk,
 *                        which a power cut cannot undo; {@code background} within about a second (fastest, loses
 *                        that second's writes on a crash)
 * @param instances       how many instances of each service to run ({@code --instances=2} for all,
 *                        {@code --instances=planning:2,tracking:3} per service); each is its own context on its own port
 *                        against the same database and broker, the gateway balancing over them; {@code 0} for a
 *                        service whose instances all run elsewhere ({@code --planning-elsewhere})
 * @param servicesOnly    {@code --services-only}: only the services' instances, on the broker, MongoDB, identity
 *                        provider ({@code --issuer}) and SMTP port of another stack: a second JVM of instances behind
 *                        that stack's gateway, which can be killed on its own
 * @param issuer          the identity provider to trust in {@code --services-only} mode
 * @param elsewhere       instances of a service running in another JVM ({@code --planning-elsewhere=http://host:port,...}),
 *                        which the gateway balances over with this stack's own
 */
public record LocalStackSettings(
        Path dataDirectory,
        String host,
        int kafkaPort,
        int mongoPort,
        int gatewayPort,
        int identityPort,
        int smtpPort,
        int imapPort,
        Map<Service, Integer> servicePorts,
        boolean demoData,
        String externalKafka,
        String externalMongo,
        String databasePrefix,
        MongoDurability mongoDurability,
        int mongoCacheMegabytes,
        Map<Service, Integer> instances,
        boolean servicesOnly,
        String issuer,
        Map<Service, List<String>> elsewhere) {

    public LocalStackSettings {
        Map<Service, Integer> copy = new EnumMap<>(Service.class);
        copy.putAll(instances);
        instances = copy;
        Map<Service, List<String>> others = new EnumMap<>(Service.class);
        others.putAll(elsewhere);
        elsewhere = others;
        for (Service service : Service.values()) {
            int count = instances.getOrDefault(service, 1);
            if (count < 0 || count == 0 && elsewhere.getOrDefault(service, List.of()).isEmpty()) {
                throw new IllegalArgumentException("--instances: " + service.id() + " needs at least one instance"
                        + " (0 only with --" + service.id() + "-elsewhere)");
            }
        }
        if (servicesOnly && (externalKafka == null || externalMongo == null || issuer == null)) {
            throw new IllegalArgumentException("--services-only needs --kafka, --mongodb and --issuer");
        }
    }

    /** The URLs of the service's instances in other JVMs (none unless {@code --<service>-elsewhere}). */
    public List<String> elsewhere(Service service) {
        return elsewhere.getOrDefault(service, List.of());
    }

    public int instances(Service service) {
        return instances.getOrDefault(service, 1);
    }

    /** These settings with {@code count} instances of every service. */
    public LocalStackSettings withInstances(int count) {
        Map<Service, Integer> each = new EnumMap<>(Service.class);
        for (Service service : Service.values()) {
            each.put(service, count);
        }
        return new LocalStackSettings(dataDirectory, host, kafkaPort, mongoPort, gatewayPort, identityPort, smtpPort,
                imapPort, servicePorts, demoData, externalKafka, externalMongo, databasePrefix, mongoDurability,
                mongoCacheMegabytes, each, servicesOnly, issuer, elsewhere);
    }

    public static LocalStackSettings defaults() {
        Map<Service, Integer> ports = new EnumMap<>(Service.class);
        for (Service service : Service.values()) {
            ports.put(service, service.defaultPort());
        }
        return new LocalStackSettings(Path.of(".golive-data"), "127.0.0.1", 9092, 27017, 8080, 9000, 3025, 3143, ports,
                true,
                null, null, "golive-", MongoDurability.WRITTEN,
                StoreCommits.DEFAULT_CACHE_MEGABYTES, Map.of(), false, null, Map.of());
    }

    /** Settings for a stack on an existing broker and MongoDB server, every HTTP port chosen by the system. */
    public static LocalStackSettings onExisting(String kafkaBootstrapServers, String mongoConnectionString) {
        Map<Service, Integer> ports = new EnumMap<>(Service.class);
        for (Service service : Service.values()) {
            ports.put(service, 0);
        }
        return new LocalStackSettings(null, "127.0.0.1", 0, 0, 0, 0, 0, 0, ports, true, kafkaBootstrapServers,
                mongoConnectionString, "golive-", MongoDurability.WRITTEN,
                StoreCommits.DEFAULT_CACHE_MEGABYTES, Map.of(), false, null, Map.of());
    }

    static LocalStackSettings parse(String[] args, Map<String, String> environment) {
        Map<String, String> options = new HashMap<>();
        environment.forEach((name, value) -> {
            if (name.startsWith("GOLIVE_")) {
                options.put(name.substring("GOLIVE_".length()).toLowerCase().replace('_', '-'), value);
            }
        });
        for (String arg : args) {
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("Unknown argument " + arg + "; options look like --kafka-port=9092");
            }
            String[] pair = arg.substring(2).split("=", 2);
            options.put(pair[0], pair.length == 2 ? pair[1] : "true");
        }
        LocalStackSettings d = defaults();
        Map<Service, Integer> ports = new EnumMap<>(Service.class);
        for (Service service : Service.values()) {
            ports.put(service, intOption(options, service.id() + "-port", service.defaultPort()));
        }
        return new LocalStackSettings(
                Path.of(options.getOrDefault("data-dir", d.dataDirectory().toString())),
                options.getOrDefault("host", d.host()),
                intOption(options, "kafka-port", d.kafkaPort()),
                intOption(options, "mongo-port", d.mongoPort()),
                intOption(options, "gateway-port", d.gatewayPort()),
                intOption(options, "identity-port", d.identityPort()),
                intOption(options, "smtp-port", d.smtpPort()),
                intOption(options, "imap-port", d.imapPort()),
                ports,
                !Boolean.parseBoolean(options.getOrDefault("no-demo", "false")),
                options.get("kafka"),
                options.get("mongodb"),
                options.getOrDefault("database-prefix", d.databasePrefix()),
                options.containsKey("mongo-durability") ? MongoDurability.parse(options.get("mongo-durability"))
                        : d.mongoDurability(),
                intOption(options, "mongo-cache-mb", d.mongoCacheMegabytes()),
                instances(options.get("instances")),
                Boolean.parseBoolean(options.getOrDefault("services-only", "false")),
                options.get("issuer"),
                elsewhere(options));
    }

    /** {@code 2} (every service) or {@code planning:2,tracking:3} (the others one each); absent: one each. */
    static Map<Service, Integer> instances(String option) {
        Map<Service, Integer> instances = new EnumMap<>(Service.class);
        if (option == null || option.isBlank()) {
            return instances;
        }
        if (!option.contains(":")) {
            int count = number("instances", option);
            for (Service service : Service.values()) {
                instances.put(service, count);
            }
            return instances;
        }
        for (String part : option.split(",")) {
            String[] pair = part.strip().split(":", 2);
            Service service = Arrays.stream(Service.values()).filter(s -> s.id().equals(pair[0].strip())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("--instances: no service '" + pair[0].strip()
                            + "'; the services are planning, stakeholder, budget, tracking"));
            instances.put(service, number("instances", pair.length == 2 ? pair[1].strip() : ""));
        }
        return instances;
    }

    /** {@code --planning-elsewhere=http://127.0.0.1:41001,http://127.0.0.1:41002}, per service. */
    static Map<Service, List<String>> elsewhere(Map<String, String> options) {
        Map<Service, List<String>> elsewhere = new EnumMap<>(Service.class);
        for (Service service : Service.values()) {
            String urls = options.get(service.id() + "-elsewhere");
            if (urls != null && !urls.isBlank()) {
                elsewhere.put(service, Arrays.stream(urls.split(",")).map(String::strip).toList());
            }
        }
        return elsewhere;
    }

    private static int number(String name, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " must be a whole number, not '" + value + "'");
        }
    }

    private static int intOption(Map<String, String> options, String name, int fallback) {
        String value = options.get(name);
        return value == null ? fallback : number(name, value);
    }
}
