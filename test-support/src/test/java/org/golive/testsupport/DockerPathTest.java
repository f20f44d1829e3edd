package org.golive.testsupport;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Testcontainers;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where a Docker engine runs, the shared infrastructure is real containers of the images the README names. Without
 * an engine this class reports itself skipped: the embedded path is what every other test then uses.
 */
@Testcontainers(disabledWithoutDocker = true)
class DockerPathTest {

    @Test
    void withDockerTheTestsRunOnRealKafkaAndMongoContainers() throws Exception {
        assertThat(TestInfrastructure.usesDocker()).isTrue();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestInfrastructure.kafkaBootstrapServers()))) {
            assertThat(admin.describeCluster().nodes().get(30, TimeUnit.SECONDS)).isNotEmpty();
        }
        try (MongoClient mongo = MongoClients.create(TestInfrastructure.mongoConnectionString())) {
            Document buildInfo = mongo.getDatabase("admin").runCommand(new Document("buildInfo", 1));
            assertThat(buildInfo.getString("version")).startsWith("8.");
        }
    }
}
