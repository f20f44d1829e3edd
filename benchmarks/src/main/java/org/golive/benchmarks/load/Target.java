package org.golive.benchmarks.load;

/** Where requests go: through the gateway (which checks the token again and routes), or straight to the service. */
record Target(String name, String planning, String tracking) {

    static Target gateway(LocalStackProcess stack) {
        return new Target("gateway", stack.gateway() + "/api/planning", stack.gateway() + "/api/tracking");
    }

    /** Through the gateway running in a JVM of its own ({@code --gateway-jar}). */
    static Target gatewayOwnJvm(LocalStackProcess stack) {
        return new Target("gateway-own-jvm", stack.separateGateway() + "/api/planning",
                stack.separateGateway() + "/api/tracking");
    }

    static Target direct(LocalStackProcess stack) {
        return new Target("direct", stack.planning(), stack.tracking());
    }
}
