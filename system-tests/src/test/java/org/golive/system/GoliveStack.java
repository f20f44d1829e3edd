package org.golive.system;

import org.golive.localstack.LocalStack;
import org.golive.localstack.LocalStackSettings;
import org.golive.testsupport.HttpJson;
import org.golive.testsupport.TestInfrastructure;

/**
 * The whole of Golive, started once for all system tests of the JVM exactly as the local stack starts it (every
 * service and the gateway, with the demo program), on the shared test Kafka and MongoDB.
 */
final class GoliveStack {

    private static final LocalStack STACK = LocalStack.start(LocalStackSettings.onExisting(
            TestInfrastructure.kafkaBootstrapServers(), TestInfrastructure.mongoConnectionString()));

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(STACK::close, "system-test-stack-shutdown"));
    }

    private GoliveStack() {
    }

    /** A client of the gateway: the one door users and scripts go through. */
    static HttpJson gateway() {
        return new HttpJson(STACK.gatewayUrl());
    }
}
