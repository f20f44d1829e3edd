package org.golive.infra;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.utils.Time;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * A real Kafka broker in this JVM: one node that is both broker and KRaft controller, built from the Kafka jars on
 * Maven Central. It can be stopped and started again on the same port and log directory, which is what the
 * broker-outage tests and the local stack need.
 */
public final class EmbeddedKafka implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedKafka.class);
    private static final String CLUSTER_ID = "golive-local-kafka-01";

    private final Path logDir;
    private final String host;
    private final int port;
    private final int controllerPort;
    private final Path configFile;
    private final boolean persistent;
    private KafkaRaftServer server;

    private EmbeddedKafka(Path logDir, String host, int port, int controllerPort, boolean persistent) {
        this.logDir = logDir;
        this.host = host;
        this.port = port;
        this.controllerPort = controllerPort;
        this.configFile = logDir.resolve("server.properties");
        this.persistent = persistent;
    }

    /** A broker on free ports with its log in a fresh temporary directory. */
    public static EmbeddedKafka temporary() {
        try {
            Path dir = Files.createTempDirectory("golive-kafka-");
            dir.toFile().deleteOnExit();
            return new EmbeddedKafka(dir, "127.0.0.1", freePort(), freePort(), false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A broker on the given port, keeping its log in {@code dataDirectory}. The KRaft controller takes a free port the
     * first time and keeps it in the data directory, so a restart finds its quorum where it left it.
     */
    public static EmbeddedKafka persistent(Path dataDirectory, String host, int port) {
        try {
            Files.createDirectories(dataDirectory);
            Path controllerPortFile = dataDirectory.resolve("controller.port");
            int controllerPort;
            if (Files.exists(controllerPortFile)) {
                controllerPort = Integer.parseInt(Files.readString(controllerPortFile).strip());
            } else {
                controllerPort = freePort();
                Files.writeString(controllerPortFile, Integer.toString(controllerPort));
            }
            return new EmbeddedKafka(dataDirectory, host, port, controllerPort, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public synchronized EmbeddedKafka start() {
        if (server != null) {
            return this;
        }
        Instant begin = Instant.now();
        Properties props = config();
        writeConfig(props);
        format();
        KafkaRaftServer raftServer = new KafkaRaftServer(KafkaConfig.fromProps(props), Time.SYSTEM);
        raftServer.startup();
        server = raftServer;
        awaitReady(Duration.ofSeconds(60));
        log.info("Kafka broker ready on {} in {} ms", bootstrapServers(), Duration.between(begin, Instant.now()).toMillis());
        return this;
    }

    /** Stops the broker as an outage would; {@link #start()} brings it back on the same port with its data. */
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        server.shutdown();
        server.awaitShutdown();
        server = null;
    }

    public synchronized boolean isRunning() {
        return server != null;
    }

    public String bootstrapServers() {
        return host + ":" + port;
    }

    @Override
    public void close() {
        stop();
    }

    private Properties config() {
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("controller.quorum.voters", "1@" + host + ":" + controllerPort);
        p.put("listeners", "PLAINTEXT://" + host + ":" + port + ",CONTROLLER://" + host + ":" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://" + host + ":" + port);
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("log.dirs", logDir.resolve("log").toString());
        p.put("num.partitions", "3");
        p.put("default.replication.factor", "1");
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "5");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("transaction.state.log.num.partitions", "5");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("group.initial.rebalance.delay.ms", "0");
        p.put("auto.create.topics.enable", "true");
        p.put("log.flush.interval.messages", "1");
        p.put("num.network.threads", "2");
        p.put("num.io.threads", "2");
        p.put("background.threads", "2");
        p.put("log.cleaner.enable", "false");
        if (persistent) {
            // After a kill the controller, replaying its log, still counts the dead broker's registration as alive and
            // refuses the new one (DUPLICATE_BROKER_REGISTRATION) until that session expires: 9 s by default, the
            // larger part of a restart's extra time. Broker and controller share this JVM, but a starved machine can
            // still delay a heartbeat (3 s fenced the broker once at a load average of 40): 5 s, ten heartbeats.
            p.put("broker.session.timeout.ms", "5000");
            p.put("broker.heartbeat.interval.ms", "500");
        }
        return p;
    }

    private void writeConfig(Properties props) {
        try (Writer writer = Files.newBufferedWriter(configFile, StandardCharsets.UTF_8)) {
            props.store(writer, "Golive embedded Kafka broker");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void format() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int rc = StorageTool.execute(new String[] {
                "format", "-t", CLUSTER_ID, "-c", configFile.toString(), "--ignore-formatted"},
                new PrintStream(out, true, StandardCharsets.UTF_8));
        if (rc != 0) {
            throw new IllegalStateException("Formatting the Kafka log directory failed: " + out.toString(StandardCharsets.UTF_8));
        }
    }

    private void awaitReady(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        Map<String, Object> adminConfig = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 4_000);
        try (Admin admin = Admin.create(adminConfig)) {
            while (true) {
                try {
                    if (!admin.describeCluster().nodes().get(4, TimeUnit.SECONDS).isEmpty()) {
                        return;
                    }
                } catch (Exception notYet) {
                    if (Instant.now().isAfter(deadline)) {
                        throw new IllegalStateException("Kafka broker did not become ready in " + timeout, notYet);
                    }
                }
            }
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
