package org.golive.budget;

import org.golive.contract.Topics;
import org.golive.testsupport.EventTap;
import org.golive.testsupport.GoliveTestInfrastructure;
import org.golive.testsupport.HttpJson;
import org.golive.testsupport.TestEvents;
import org.golive.testsupport.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * What every budget-service integration test needs: the running service, planning's events to send it (budget
 * learns rollouts from them), a tap on the budget events it publishes, and callers with the roles a test names.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(GoliveTestInfrastructure.class)
abstract class BudgetServiceHarness {

    static EventTap budgetEvents;
    static TestEvents planning;

    @LocalServerPort
    int port;

    @BeforeAll
    static void kafkaClients() {
        budgetEvents = EventTap.onTestInfrastructure(Topics.BUDGET);
        planning = TestEvents.onTestInfrastructure();
    }

    @AfterAll
    static void closeClients() {
        budgetEvents.close();
        planning.close();
    }

    /** The service called as {@code user} with these roles. */
    HttpJson as(String user, String... roles) {
        return new HttpJson("http://localhost:" + port).withToken(TestTokens.forRoles(user, roles));
    }
}
