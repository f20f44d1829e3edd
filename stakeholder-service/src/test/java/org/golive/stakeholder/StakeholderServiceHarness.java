package org.golive.stakeholder;

import org.golive.testsupport.GoliveTestInfrastructure;
import org.golive.testsupport.HttpJson;
import org.golive.testsupport.TestEvents;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * The service on a random port against the test infrastructure, as the register and conflict ITs drive it: planning's
 * events sent by {@link #planning}, requests by {@link #http} as the PMO admin (other callers by
 * {@code http.withToken}). One configuration for all of them, so they share one cached Spring context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(GoliveTestInfrastructure.class)
public abstract class StakeholderServiceHarness {

    protected static TestEvents planning;

    @LocalServerPort
    protected int port;
    protected HttpJson http;

    @BeforeAll
    static void openPlanningProducer() {
        planning = TestEvents.onTestInfrastructure();
    }

    @AfterAll
    static void closePlanningProducer() {
        planning.close();
    }

    @BeforeEach
    void signInAsPmo() {
        http = new HttpJson("http://localhost:" + port).as("PMO_ADMIN");
    }
}
