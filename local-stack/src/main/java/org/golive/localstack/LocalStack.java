package org.golive.localstack;

import org.golive.gateway.GatewayApplication;
import org.golive.identity.IdentityProviderApplication;
import org.golive.infra.EmbeddedKafka;
import org.golive.infra.EmbeddedMongo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Golive on one machine, in one JVM: a real Kafka broker (KRaft), an embedded MongoDB server keeping its data on
 * disk, the four services and the gateway, each its own Spring context, and a demo program loaded once.
 */
public final class LocalStack implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LocalStack.class);

    /**
     * The web client's demo secret, shared by the identity provider and the gateway, which signs browsers in as a
     * confidential client so that their sessions get refresh tokens. Published, like the other demo secrets.
     */
    static final String DEMO_WEB_CLIENT_SECRET = "golive-web-secret";

    private final List<AutoCloseable> started = new ArrayList<>();
    private final Map<Service, List<ConfigurableApplicationContext>> instances = new EnumMap<>(Service.class);
    private String gatewayUrl;
    private String identityUrl;
    private String kafkaBootstrapServers;
    private LocalMail mail;

    private LocalStack() {
    }

    public static void main(String[] args) {
        LocalStackSettings settings = LocalStackSettings.parse(args, System.getenv());
        long begin = System.nanoTime();
        LocalStack stack = start(settings);
        Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "local-stack-shutdown"));
        Duration took = Duration.ofNanos(System.nanoTime() - begin);
        if (settings.servicesOnly()) {
            System.out.printf("%nGolive services are up in %.1f s:%s%n", took.toMillis() / 1000.0, stack.instances
                    .entrySet().stream().map(e -> " " + e.getKey().id() + " " + stack.servicePorts(e.getKey()))
                    .collect(java.util.stream.Collectors.joining(",")));
            return;
        }
        System.out.printf("""

                Golive is up in %.1f s (JVM resident memory %s).
                  Gateway       %s
                  Token         TOKEN=$(curl -s -u golive-cli:golive-cli-secret -d grant_type=client_credentials \\
                                  %s/oauth2/token | sed 's/.*"access_token":"\\([^"]*\\)".*/\\1/')
                  Portfolio     curl -H "Authorization: Bearer $TOKEN" %s/api/tracking/portfolio
                  Events        Kafka on %s, topics golive.<service>.events
                  Mail          SMTP on %d; read a mailbox over IMAP on %d, e.g.
                                  curl -s --user zoe.quinn@northwind.example:zoe.quinn@northwind.example \
                                    'imap://localhost:%d/INBOX;MAILINDEX=1'
                  Data          %s
                Ctrl-C stops everything; starting again keeps the data.
                %n""", took.toMillis() / 1000.0, residentMemory(), stack.gatewayUrl(), stack.identityUrl(),
                stack.gatewayUrl(), stack.kafkaBootstrapServers(), stack.mail.smtpPort(), stack.mail.imapPort(),
                stack.mail.imapPort(), settings.dataDirectory().toAbsolutePath());
    }

    public static LocalStack start(LocalStackSettings settings) {
        LocalStack stack = new LocalStack();
        try {
            stack.startAll(settings);
            return stack;
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        }
    }

    private void startAll(LocalStackSettings settings) {
        if (settings.servicesOnly()) {
            startServices(settings, settings.externalMongo(), settings.externalKafka(), settings.issuer(),
                    settings.smtpPort(), settings.gatewayPort());
            return;
        }
        String mongo = settings.externalMongo();
        if (mongo == null) {
            EmbeddedMongo server = EmbeddedMongo.onDisk(settings.dataDirectory().resolve("mongodb"), settings.host(),
                    settings.mongoPort(), settings.mongoDurability(), settings.mongoCacheMegabytes());
            started.add(server);
            mongo = server.connectionString();
        }
        kafkaBootstrapServers = settings.externalKafka();
        if (kafkaBootstrapServers == null) {
            EmbeddedKafka broker = EmbeddedKafka.persistent(settings.dataDirectory().resolve("kafka"), settings.host(),
                    settings.kafkaPort()).start();
            started.add(broker);
            kafkaBootstrapServers = broker.bootstrapServers();
        }

        // Communications go out through an SMTP server in this JVM; its IMAP side lets a newcomer read the mailboxes.
        mail = new LocalMail(settings.host(), settings.smtpPort(), settings.imapPort());
        started.add(mail);

        // Chosen before the identity provider starts, so the web client's redirect URIs name the gateway's real port.
        int gatewayPort = settings.gatewayPort() == 0 ? freePort() : settings.gatewayPort();
        identityUrl = startIdentityProvider(settings, "http://localhost:" + gatewayPort);
        Map<String, Object> gatewaySettings = new HashMap<>(ContextSettings.trusting(identityUrl));
        gatewaySettings.putAll(startServices(settings, mongo, kafkaBootstrapServers, identityUrl, mail.smtpPort(),
                gatewayPort));

        gatewaySettings.put("server.port", gatewayPort);
        gatewaySettings.put("golive.gateway.sign-in.client-secret",
                "${SIGN_IN_CLIENT_SECRET:" + DEMO_WEB_CLIENT_SECRET + "}");
        gatewaySettings.put("spring.autoconfigure.exclude", ContextSettings.NOT_FOR_THE_GATEWAY + "," + ContextSettings.AUTHORIZATION_SERVER);
        gatewaySettings.put("golive.outbox.enabled", false);
        gatewaySettings.put("management.endpoint.health.group.readiness.include", "readinessState");
        gatewaySettings.putAll(ContextSettings.QUIET_LOGS);
        ConfigurableApplicationContext gateway = SpringApp.run(GatewayApplication.class, WebApplicationType.REACTIVE,
                gatewaySettings);
        started.add(gateway);
        gatewayUrl = "http://localhost:" + SpringApp.port(gateway);

        if (settings.demoData()) {
            DemoProgram demo = new DemoProgram(gatewayUrl, identityUrl);
            demo.loadOnce();
            new DemoCommunications(demo, mail).loadOnce();
        }
    }

    /**
     * Starts the instances of every service this JVM runs; returns the gateway's routes to them and to the instances
     * running elsewhere.
     */
    private Map<String, Object> startServices(LocalStackSettings settings, String mongo, String kafka,
                                              String identityUrl, int smtpPort, int gatewayPort) {
        Map<String, Object> routes = new HashMap<>();
        for (Service service : Service.values()) {
            Map<String, Object> serviceSettings = ContextSettings.forService(settings, service, mongo, kafka,
                    identityUrl, smtpPort, gatewayPort);
            List<String> urls = new ArrayList<>();
            for (int i = 0; i < settings.instances(service); i++) {
                // The first instance on the service's port, the others where the system finds room.
                serviceSettings.put("server.port", i == 0 ? settings.servicePorts().get(service) : 0);
                ConfigurableApplicationContext context = SpringApp.run(service.application(),
                        WebApplicationType.SERVLET, serviceSettings);
                started.add(context);
                instances.computeIfAbsent(service, s -> new ArrayList<>()).add(context);
                int port = SpringApp.port(context);
                urls.add("http://" + settings.host() + ":" + port);
                log.info("{} service instance {} up on port {}", service.id(), i + 1, port);
            }
            urls.addAll(settings.elsewhere(service));
            routes.putAll(GatewayRoutes.to(service, urls));
        }
        return routes;
    }

    /**
     * Golive's development identity provider; every service and the gateway trust the tokens it issues. The demo
     * profile brings the demo secrets; the signing key is kept in the data folder, so tokens survive a restart.
     */
    private String startIdentityProvider(LocalStackSettings settings, String gatewayUrl) {
        int port = settings.identityPort() == 0 ? freePort() : settings.identityPort();
        String issuer = "http://localhost:" + port;
        Map<String, Object> identitySettings = new HashMap<>(ContextSettings.QUIET_LOGS);
        identitySettings.put("server.port", port);
        identitySettings.put("spring.security.oauth2.authorizationserver.issuer", issuer);
        identitySettings.put("spring.autoconfigure.exclude", ContextSettings.NOT_FOR_THE_GATEWAY);
        identitySettings.put("golive.outbox.enabled", false);
        identitySettings.put("spring.cloud.gateway.server.webflux.enabled", false);
        identitySettings.put("management.endpoint.health.group.readiness.include", "readinessState");
        identitySettings.put("spring.profiles.active", "demo");
        identitySettings.put("golive.identity.clients.web.gateway-url", gatewayUrl);
        identitySettings.put("golive.identity.clients.web.secret",
                "${SIGN_IN_CLIENT_SECRET:" + DEMO_WEB_CLIENT_SECRET + "}");
        if (settings.dataDirectory() != null) {
            identitySettings.put("golive.identity.signing-key-file",
                    settings.dataDirectory().resolve("identity").resolve("signing-key.pem").toAbsolutePath());
        }
        ConfigurableApplicationContext identity = SpringApp.run(IdentityProviderApplication.class,
                WebApplicationType.SERVLET, identitySettings);
        started.add(identity);
        log.info("identity provider up at {}", issuer);
        return issuer;
    }

    private static int freePort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public String identityUrl() {
        return identityUrl;
    }

    public String gatewayUrl() {
        return gatewayUrl;
    }

    public String kafkaBootstrapServers() {
        return kafkaBootstrapServers;
    }

    /** The port of the service's first instance. */
    public int servicePort(Service service) {
        return servicePorts(service).get(0);
    }

    /** The ports of the service's instances, in the order they started; a closed instance's is left out. */
    public List<Integer> servicePorts(Service service) {
        return instances.getOrDefault(service, List.of()).stream().filter(ConfigurableApplicationContext::isActive)
                .map(SpringApp::port).toList();
    }

    /** Closes one instance of a service, as a crash or a scale-down would (tests); the others go on. */
    public void closeInstance(Service service, int index) {
        instances.get(service).get(index).close();
    }

    /** Stops the stack's mail server, as an SMTP outage would (tests); {@link #restartMail()} brings it back. */
    public void stopMail() {
        mail.stop();
    }

    public void restartMail() {
        mail.restart();
    }

    /** The text of every message the stack's mail server delivered to {@code address}, oldest first (tests). */
    public List<String> mailTo(String address) {
        return mail.textsTo(address);
    }

    /** Stops the gateway first, then the services, then Kafka and MongoDB: the reverse of the start. */
    @Override
    public synchronized void close() {
        for (int i = started.size() - 1; i >= 0; i--) {
            try {
                started.get(i).close();
            } catch (Exception e) {
                log.warn("Stopping {} failed", started.get(i), e);
            }
        }
        started.clear();
    }

    private static String residentMemory() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream()
                    .filter(line -> line.startsWith("VmRSS:"))
                    .map(line -> line.substring("VmRSS:".length()).strip())
                    .findFirst().orElse("unknown");
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }
}
