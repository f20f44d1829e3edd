package org.golive.testsupport;

import org.golive.infra.EmbeddedKafka;
import org.golive.infra.EmbeddedMongo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;
import org.testcontainers.utility.DockerImageName;

import java.util.Deque;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * The one place that decides where tests find Kafka and MongoDB (and Redis, for the gateway's shared rate limits),
 * once per JVM: real containers (Testcontainers) where a Docker engine runs, otherwise the in-process KRaft broker,
 * the embedded MongoDB wire-protocol server and Debian's {@code redis-server} as a child process. Every test class
 * and every Spring context in the JVM shares the same broker and servers; Redis starts only when a test asks for it.
 *
 * <p>Override with {@code -Dgolive.test.infrastructure=docker|embedded} (default {@code auto}). Forcing
 * {@code docker} without an engine fails loudly.
 */
public final class TestInfrastructure {

    public static final String MONGO_IMAGE = "mongo:8.0";
    public static final String KAFKA_IMAGE = "apache/kafka:4.1.1";
    public static final String REDIS_IMAGE = "redis:7.4";

    private static final Logger log = LoggerFactory.getLogger(TestInfrastructure.class);
    private static final boolean DOCKER = decide();
    private static final Deque<AutoCloseable> CLOSE_FIRST = new ConcurrentLinkedDeque<>();
    private static volatile boolean embeddedStarted;
    private static volatile boolean redisProcessStarted;

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(TestInfrastructure::shutDown, "test-infrastructure-shutdown"));
    }

    private TestInfrastructure() {
    }

    public static boolean usesDocker() {
        return DOCKER;
    }

    public static String kafkaBootstrapServers() {
        return DOCKER ? Containers.KAFKA.getBootstrapServers() : Embedded.KAFKA.bootstrapServers();
    }

    /** A connection string without a database: each service names its own. */
    public static String mongoConnectionString() {
        return DOCKER ? Containers.MONGO.getConnectionString() : Embedded.MONGO.connectionString();
    }

    /**
     * Closes {@code user} (a whole stack of services, say) at exit before the shared broker and server stop. Two
     * separate shutdown hooks would run at once, and consumers left talking to a vanished broker wait out their
     * timeouts.
     */
    public static void closeAtExitBeforeInfrastructure(AutoCloseable user) {
        CLOSE_FIRST.push(user);
    }

    private static void shutDown() {
        for (AutoCloseable user : CLOSE_FIRST) {
            try {
                user.close();
            } catch (Exception e) {
                log.warn("Closing {} at exit failed", user, e);
            }
        }
        if (embeddedStarted) {
            Embedded.KAFKA.close();
            Embedded.MONGO.close();
        }
        if (redisProcessStarted) {
            RedisChild.PROCESS.stop();
        }
    }

    /** The shared Redis, started on first use. */
    public static RedisControl redis() {
        return DOCKER ? RedisContainer.CONTROL : RedisChild.PROCESS;
    }

    public static BrokerControl broker() {
        return DOCKER ? Containers.BROKER_CONTROL : Embedded.BROKER_CONTROL;
    }

    static KafkaContainer kafkaContainer() {
        return Containers.KAFKA;
    }

    static MongoDBContainer mongoContainer() {
        return Containers.MONGO;
    }

    private static boolean decide() {
        String choice = System.getProperty("golive.test.infrastructure", "auto").toLowerCase(Locale.ROOT);
        boolean docker = switch (choice) {
            case "docker" -> true;
            case "embedded" -> false;
            default -> DockerClientFactory.instance().isDockerAvailable();
        };
        log.info("Tests use {} Kafka and MongoDB", docker ? "Testcontainers" : "embedded (in-process)");
        return docker;
    }

    /** Started on first use only, so the embedded path never touches Docker and the reverse. */
    private static final class Containers {

        static final KafkaContainer KAFKA = new KafkaContainer(DockerImageName.parse(KAFKA_IMAGE));
        static final MongoDBContainer MONGO = new MongoDBContainer(DockerImageName.parse(MONGO_IMAGE));
        static final BrokerControl BROKER_CONTROL = new BrokerControl() {
            @Override
            public void stop() {
                DockerClientFactory.instance().client().pauseContainerCmd(KAFKA.getContainerId()).exec();
            }

            @Override
            public void start() {
                DockerClientFactory.instance().client().unpauseContainerCmd(KAFKA.getContainerId()).exec();
            }
        };

        static {
            KAFKA.start();
            MONGO.start();
        }
    }

    private static final class Embedded {

        static final EmbeddedKafka KAFKA = EmbeddedKafka.temporary().start();
        static final EmbeddedMongo MONGO = EmbeddedMongo.inMemory();
        static final BrokerControl BROKER_CONTROL = new BrokerControl() {
            @Override
            public void stop() {
                KAFKA.stop();
            }

            @Override
            public void start() {
                KAFKA.start();
            }
        };

        static {
            embeddedStarted = true;
        }
    }

    private static final class RedisContainer {

        static final GenericContainer<?> REDIS = new GenericContainer<>(DockerImageName.parse(REDIS_IMAGE))
                .withExposedPorts(6379);
        static final RedisControl CONTROL = new RedisControl() {
            @Override
            public String host() {
                return REDIS.getHost();
            }

            @Override
            public int port() {
                return REDIS.getMappedPort(6379);
            }

            @Override
            public void stop() {
                DockerClientFactory.instance().client().pauseContainerCmd(REDIS.getContainerId()).exec();
            }

            @Override
            public void start() {
                DockerClientFactory.instance().client().unpauseContainerCmd(REDIS.getContainerId()).exec();
            }
        };

        static {
            REDIS.start();
        }
    }

    private static final class RedisChild {

        static final RedisProcess PROCESS = RedisProcess.launch();

        static {
            redisProcessStarted = true;
        }
    }
}
