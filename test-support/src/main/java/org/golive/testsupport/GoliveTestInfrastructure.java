package org.golive.testsupport;

import com.mongodb.ConnectionString;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

import java.util.List;

/**
 * Import this into a Spring Boot test and the application under test connects to the shared Kafka broker and
 * MongoDB server that {@link TestInfrastructure} chose: the containers through {@code @ServiceConnection}, or the
 * embedded servers through connection details of the same kind. Test classes never say which. It also makes the
 * service trust the tokens of {@link TestTokens}.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({GoliveTestInfrastructure.Containers.class, GoliveTestInfrastructure.Embedded.class})
public class GoliveTestInfrastructure {

    /** Services under test trust the tokens {@link TestTokens} mints, checked like production tokens. */
    @Bean
    JwtDecoder jwtDecoder() {
        return TestTokens.decoder();
    }

    @Configuration(proxyBeanMethods = false)
    @Conditional(DockerChosen.class)
    static class Containers {

        // The containers outlive any one Spring context: every test class of the JVM shares them.
        @Bean(destroyMethod = "")
        @ServiceConnection
        KafkaContainer kafkaContainer() {
            return TestInfrastructure.kafkaContainer();
        }

        @Bean(destroyMethod = "")
        @ServiceConnection
        MongoDBContainer mongoContainer() {
            return TestInfrastructure.mongoContainer();
        }
    }

    @Configuration(proxyBeanMethods = false)
    @Conditional(EmbeddedChosen.class)
    static class Embedded {

        @Bean
        MongoConnectionDetails mongoConnectionDetails() {
            ConnectionString connectionString = new ConnectionString(TestInfrastructure.mongoConnectionString());
            return () -> connectionString;
        }

        @Bean
        KafkaConnectionDetails kafkaConnectionDetails() {
            List<String> servers = List.of(TestInfrastructure.kafkaBootstrapServers());
            return () -> servers;
        }
    }

    static final class DockerChosen implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return TestInfrastructure.usesDocker();
        }
    }

    static final class EmbeddedChosen implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !TestInfrastructure.usesDocker();
        }
    }
}
