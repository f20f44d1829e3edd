package org.golive.planning;

import org.golive.testsupport.GoliveTestInfrastructure;
import org.golive.testsupport.HttpJson;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/** What a planning-service integration test over the API needs: the running service and a PMO admin calling it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(GoliveTestInfrastructure.class)
abstract class PlanningServiceHarness {

    @LocalServerPort
    int port;
    HttpJson admin;

    @BeforeEach
    void adminClient() {
        admin = new HttpJson("http://localhost:" + port).as("PMO_ADMIN");
    }
}
