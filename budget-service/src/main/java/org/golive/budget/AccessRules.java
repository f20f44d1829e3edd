package org.golive.budget;

import org.golive.platform.security.EndpointRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.golive.platform.security.Role.FINANCE;
import static org.golive.platform.security.Role.PMO_ADMIN;
import static org.golive.platform.security.Role.PROJECT_MANAGER;
import static org.golive.platform.security.Role.VIEWER;

/** Who may call which budget endpoint. Contributors see no money. An endpoint missing here is refused to everyone. */
@Configuration(proxyBeanMethods = false)
class AccessRules {

    @Bean
    EndpointRules budgetRules() {
        return EndpointRules.builder()
                .get("/rollouts/*", PMO_ADMIN, PROJECT_MANAGER, FINANCE, VIEWER)
                .get("/budgets/*", PMO_ADMIN, PROJECT_MANAGER, FINANCE, VIEWER)
                // a site's project manager (their own rollouts, checked per budget) and finance plan the lines
                .put("/budgets/*/lines", PMO_ADMIN, PROJECT_MANAGER, FINANCE)
                .post("/budgets/*/submit", PMO_ADMIN, PROJECT_MANAGER, FINANCE)
                // approvals are finance's alone: segregation of duties
                .post("/budgets/*/approve", FINANCE)
                .post("/budgets/*/return", FINANCE)
                .post("/budgets/*/close", FINANCE)
                .get("/budgets/*/change-requests", PMO_ADMIN, PROJECT_MANAGER, FINANCE, VIEWER)
                .post("/budgets/*/change-requests", PMO_ADMIN, PROJECT_MANAGER, FINANCE)
                .post("/budgets/*/change-requests/*/decision", FINANCE)
                // commitments and actuals: finance alone books them, by hand or from the ERP's export; the PMO
                // oversees the money it does not record (segregation of duties, like approvals)
                .post("/budgets/*/actuals", FINANCE)
                .post("/budgets/*/commitments", FINANCE)
                .post("/budgets/*/actuals/import", FINANCE)
                .post("/budgets/*/commitments/import", FINANCE)
                .get("/budgets/*/spend", PMO_ADMIN, PROJECT_MANAGER, FINANCE, VIEWER)
                .get("/budgets/*/forecast", PMO_ADMIN, PROJECT_MANAGER, FINANCE, VIEWER)
                .get("/programs/*/envelopes/*", PMO_ADMIN, FINANCE, VIEWER)
                .put("/programs/*/envelopes/*", FINANCE)
                // spend thresholds: read like the budgets and envelopes, set by those who oversee the money
                .get("/budgets/*/thresholds", PMO_ADMIN, PROJECT_MANAGER, FINANCE, VIEWER)
                .put("/budgets/*/thresholds", PMO_ADMIN, FINANCE)
                .get("/programs/*/thresholds", PMO_ADMIN, FINANCE, VIEWER)
                .put("/programs/*/thresholds", PMO_ADMIN, FINANCE)
                // planning's labour cost into the draft budgets: finance's decision, read like the thresholds
                .get("/programs/*/labour-cost-rule", PMO_ADMIN, FINANCE, VIEWER)
                .put("/programs/*/labour-cost-rule", FINANCE)
                // a program's budgets summed per wave, category and fiscal year: like its envelopes
                .get("/programs/*/budget-roll-up", PMO_ADMIN, FINANCE, VIEWER)
                // a site's fiscal plan: read like its budgets, set by finance or the site's project manager
                .get("/rollouts/*/fiscal-impact", PMO_ADMIN, PROJECT_MANAGER, FINANCE, VIEWER)
                .put("/rollouts/*/fiscal-impact", PMO_ADMIN, PROJECT_MANAGER, FINANCE)
                // a program's money across all its sites: not for a project manager of one of them
                .get("/programs/*/fiscal-impact", PMO_ADMIN, FINANCE, VIEWER)
                .build();
    }
}
