package org.golive.benchmarks.load;

/** Where requests go: through the gateway (which checks the token again and routes), or straight to the service. */
record Target(String name, String planning, String tracking) {

    static Target gateway(LocalStackProcess stack) {
        return new Target("gateway", stack.gateway() + "/api/planning", stack.gateway() + "/api/tracking");
    }

    static Target direct(LocalStackProcess stack) {
        return new Target("direct", stack.planning(), stack.tracking());
    }
}
