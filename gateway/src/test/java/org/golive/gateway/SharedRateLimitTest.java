package org.golive.gateway;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.golive.gateway.GatewayRoutingTest.EchoService;
import org.golive.testsupport.RedisControl;
import org.golive.testsupport.TestInfrastructure;
import org.golive.testsupport.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two gateway replicas counting in one Redis ({@code RATE_LIMIT_STORE=redis}): a caller's and an address's budget is
 * one across them, with the same 429 answers as one instance; with Redis away each replica counts on its own and
 * answers as usual, never a 500, and shares again once Redis is back.
 */
class SharedRateLimitTest {

    private static final EchoService PLANNING = EchoService.start("planning");
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;

    @BeforeAll
    static void twoReplicas() {
        first = replica();
        second = replica();
    }

    @AfterAll
    static void stop() {
        for (ConfigurableApplicationContext replica : new ConfigurableApplicationContext[] {first, second}) {
            if (replica != null) {
                replica.close();
            }
        }
        PLANNING.stop();
    }

    @Test
    void aCallersBudgetSpentOnOneReplicaIsSpentOnTheOther() throws Exception {
        String token = TestTokens.forRoles("script-" + UUID.randomUUID(), "VIEWER");
        double unavailableBefore = unavailable(first) + unavailable(second);
        for (int i = 0; i < 3; i++) {
            assertThat(call(i % 2 == 0 ? first : second, token).statusCode()).isEqualTo(200);
        }

        HttpResponse<String> refused = call(second, token);

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).hasValueSatisfying(
                seconds -> assertThat(Long.parseLong(seconds)).isPositive());
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(call(first, token).statusCode()).as("and on the first replica too").isEqualTo(429);
        assertThat(call(first, TestTokens.forRoles("another-" + UUID.randomUUID(), "VIEWER")).statusCode())
                .as("another caller is not affected").isEqualTo(200);
        assertThat(unavailable(first) + unavailable(second)).as("Redis answered every time")
                .isEqualTo(unavailableBefore);
    }

    @Test
    void anAddressesAllowanceWithoutTokensIsSharedToo() throws Exception {
        flushRedis();
        assertThat(call(first, null).statusCode()).isEqualTo(401);
        assertThat(call(second, null).statusCode()).isEqualTo(401);
        assertThat(call(first, null).statusCode()).isEqualTo(401);

        HttpResponse<String> refused = call(second, null);

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.body()).contains("address");
    }

    @Test
    void withRedisStoppedEachReplicaLimitsOnItsOwnAndNoneAnswers500() throws Exception {
        String token = TestTokens.forRoles("during-outage-" + UUID.randomUUID(), "VIEWER");
        String warmUp = TestTokens.forRoles("before-outage-" + UUID.randomUUID(), "VIEWER");
        assertThat(call(first, warmUp).statusCode()).as("connected to Redis before it goes").isEqualTo(200);
        assertThat(call(second, warmUp).statusCode()).isEqualTo(200);
        double unavailableBefore = unavailable(first);
        RedisControl redis = TestInfrastructure.redis();
        redis.stop();
        try {
            for (int i = 0; i < 3; i++) {
                assertThat(call(first, token).statusCode()).as("request %d during the outage", i).isEqualTo(200);
            }
            HttpResponse<String> refused = call(first, token);
            assertThat(refused.statusCode()).as("the replica's own bucket still limits").isEqualTo(429);
            assertThat(refused.headers().firstValue("Retry-After")).isPresent();
            assertThat(call(second, token).statusCode()).as("the other replica counts apart").isEqualTo(200);
            assertThat(unavailable(first)).isGreaterThanOrEqualTo(unavailableBefore + 4);
        } finally {
            redis.start();
        }
        await("both replicas counting in Redis again").atMost(Duration.ofSeconds(30))
                .until(SharedRateLimitTest::replicasShareABudget);
    }

    /** A new caller's budget, spent on the first replica, is refused on the second. */
    private static boolean replicasShareABudget() throws Exception {
        String token = TestTokens.forRoles("probe-" + UUID.randomUUID(), "VIEWER");
        for (int i = 0; i < 3; i++) {
            call(first, token);
        }
        return call(second, token).statusCode() == 429;
    }

    private static double unavailable(ConfigurableApplicationContext replica) {
        Counter counter = replica.getBean(MeterRegistry.class).find("golive.gateway.rate.limit.store.unavailable")
                .counter();
        return counter == null ? 0 : counter.count();
    }

    /** The address test needs the loopback's allowance untouched by earlier tests of this JVM. */
    private static void flushRedis() throws Exception {
        RedisControl redis = TestInfrastructure.redis();
        try (java.net.Socket socket = new java.net.Socket(redis.host(), redis.port())) {
            socket.getOutputStream().write("FLUSHALL\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            assertThat(new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    java.nio.charset.StandardCharsets.US_ASCII)).readLine()).isEqualTo("+OK");
        }
    }

    private static HttpResponse<String> call(ConfigurableApplicationContext replica, String token) throws Exception {
        int port = Integer.parseInt(replica.getEnvironment().getProperty("local.server.port"));
        HttpRequest.Builder request = GatewayInFrontOfPlanning.request(port, "/api/planning/programs", token);
        return HTTP.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static ConfigurableApplicationContext replica() {
        RedisControl redis = TestInfrastructure.redis();
        return new SpringApplicationBuilder(GatewayApplication.class,
                GatewayInFrontOfPlanning.TestIdentityProvider.class)
                .initializers(context -> context.getBeanFactory().registerSingleton("testClassesLeftOut",
                        new TestClassesLeftOut()))
                .run("--server.port=0",
                        "--spring.autoconfigure.exclude="
                                + "org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration,"
                                + "org.springframework.boot.mongodb.autoconfigure.MongoReactiveAutoConfiguration,"
                                + "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
                        "--PLANNING_URL=" + PLANNING.url(),
                        "--golive.gateway.rate-limit.store=redis",
                        "--spring.data.redis.host=" + redis.host(),
                        "--spring.data.redis.port=" + redis.port(),
                        // Generous: a loaded build machine must not make Redis look away in the sharing test.
                        "--golive.gateway.rate-limit.store-timeout=5s",
                        "--golive.gateway.rate-limit.capacity=3",
                        "--golive.gateway.rate-limit.anonymous-capacity=3",
                        "--golive.gateway.rate-limit.refill-period=1h");
    }

    /** Outside a {@code @SpringBootTest} nothing keeps the other test classes' configurations out of the scan. */
    static final class TestClassesLeftOut extends TypeExcludeFilter {
        @Override
        public boolean match(MetadataReader reader, MetadataReaderFactory factory) {
            return reader.getAnnotationMetadata().hasAnnotation(TestConfiguration.class.getName());
        }
    }
}
