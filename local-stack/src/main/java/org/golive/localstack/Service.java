package org.golive.localstack;

import org.golive.budget.BudgetApplication;
import org.golive.planning.PlanningApplication;
import org.golive.stakeholder.StakeholderApplication;
import org.golive.tracking.TrackingApplication;

/** The four domain services, as the local stack starts them. */
public enum Service {
    PLANNING("planning", PlanningApplication.class, 8081, "PLANNING_URL"),
    STAKEHOLDER("stakeholder", StakeholderApplication.class, 8082, "STAKEHOLDER_URL"),
    BUDGET("budget", BudgetApplication.class, 8083, "BUDGET_URL"),
    TRACKING("tracking", TrackingApplication.class, 8084, "TRACKING_URL");

    private final String id;
    private final Class<?> application;
    private final int defaultPort;
    private final String gatewayUrlVariable;

    Service(String id, Class<?> application, int defaultPort, String gatewayUrlVariable) {
        this.id = id;
        this.application = application;
        this.defaultPort = defaultPort;
        this.gatewayUrlVariable = gatewayUrlVariable;
    }

    public String id() {
        return id;
    }

    Class<?> application() {
        return application;
    }

    int defaultPort() {
        return defaultPort;
    }

    String gatewayUrlVariable() {
        return gatewayUrlVariable;
    }
}
