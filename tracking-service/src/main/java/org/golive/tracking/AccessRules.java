package org.golive.tracking;

import org.golive.platform.security.EndpointRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.golive.platform.security.Role.EVERYONE;
import static org.golive.platform.security.Role.FINANCE;
import static org.golive.platform.security.Role.PMO_ADMIN;
import static org.golive.platform.security.Role.PROJECT_MANAGER;
import static org.golive.platform.security.Role.VIEWER;

/** Who may call which tracking endpoint. An endpoint missing here is refused to everyone. */
@Configuration(proxyBeanMethods = false)
class AccessRules {

    @Bean
    EndpointRules trackingRules() {
        return EndpointRules.builder()
                .get("/portfolio", EVERYONE)
                .get("/portfolio/rollouts/*", EVERYONE)
                .get("/audit", PMO_ADMIN)
                .get("/audit/entries", PMO_ADMIN)
                // Readiness: everyone reads (a project manager their own rollouts); the PMO and the rollout's
                // project manager assess and set up checkpoints. Anyone may vote or decide: the panel (its members,
                // its chair) decides who actually may, per checkpoint.
                .get("/readiness/rollouts/*", EVERYONE)
                .get("/readiness/rollouts/*/history", EVERYONE)
                .put("/readiness/rollouts/*/criteria/*/assessment", PMO_ADMIN, PROJECT_MANAGER)
                .post("/readiness/rollouts/*/checkpoints", PMO_ADMIN, PROJECT_MANAGER)
                .get("/readiness/rollouts/*/checkpoints/*", EVERYONE)
                .put("/readiness/rollouts/*/checkpoints/*/panel", PMO_ADMIN, PROJECT_MANAGER)
                .post("/readiness/rollouts/*/checkpoints/*/votes", EVERYONE)
                .post("/readiness/rollouts/*/checkpoints/*/decision", EVERYONE)
                .get("/training/rollouts/*", EVERYONE)
                .put("/training/rollouts/*/role-groups/*", PMO_ADMIN, PROJECT_MANAGER)
                .put("/training/rollouts/*/target", PMO_ADMIN, PROJECT_MANAGER)
                .post("/training/rollouts/*/import", PMO_ADMIN, PROJECT_MANAGER)
                .get("/rollouts/*/status", EVERYONE)
                .get("/rollouts/*/earned-value", PMO_ADMIN, PROJECT_MANAGER, FINANCE, VIEWER)
                .get("/waves/*/earned-value", PMO_ADMIN, FINANCE, VIEWER)
                .get("/programs/*/earned-value", PMO_ADMIN, FINANCE, VIEWER)
                .get("/rollouts/*/health", EVERYONE)
                .get("/waves/*/comparison", EVERYONE)
                .get("/health-rules", EVERYONE)
                .put("/health-rules", PMO_ADMIN)
                // Weekly status reports: everyone reads (a project manager their own rollouts'; earned value is
                // left out for those who may not read it); the PMO and the rollout's project manager write them.
                .get("/rollouts/*/status-reports", EVERYONE)
                .get("/rollouts/*/status-reports/*", EVERYONE)
                .get("/rollouts/*/trends", EVERYONE)
                .get("/programs/*/status-reports", EVERYONE)
                .post("/rollouts/*/status-reports", PMO_ADMIN, PROJECT_MANAGER)
                .put("/rollouts/*/status-reports/*", PMO_ADMIN, PROJECT_MANAGER)
                .post("/rollouts/*/status-reports/*/refresh", PMO_ADMIN, PROJECT_MANAGER)
                .post("/rollouts/*/status-reports/*/publish", PMO_ADMIN, PROJECT_MANAGER)
                .post("/rollouts/*/status-reports/*/corrections", PMO_ADMIN, PROJECT_MANAGER)
                .get("/read-models/rebuild", PMO_ADMIN)
                .post("/read-models/rebuild", PMO_ADMIN)
                // Benefits: the PMO defines the KPIs of the program's goals; the PMO and a site's project manager
                // record its values; program-wide figures are for those who read across the program.
                .get("/benefits/programs/*/goals", EVERYONE)
                .get("/benefits/programs/*/kpis/*", EVERYONE)
                .put("/benefits/programs/*/kpis/*", PMO_ADMIN)
                .get("/benefits/programs/*/progress", PMO_ADMIN, FINANCE, VIEWER)
                .get("/benefits/programs/*/benefits", PMO_ADMIN, FINANCE, VIEWER)
                .get("/benefits/programs/*/realization", PMO_ADMIN, FINANCE, VIEWER)
                .get("/benefits/waves/*/realization", PMO_ADMIN, FINANCE, VIEWER)
                .get("/benefits/rollouts/*/realization", PMO_ADMIN, PROJECT_MANAGER, FINANCE, VIEWER)
                .get("/benefits/rollouts/*", PMO_ADMIN, PROJECT_MANAGER, FINANCE, VIEWER)
                .put("/benefits/rollouts/*/kpis/*/values/*", PMO_ADMIN, PROJECT_MANAGER)
                .post("/benefits/rollouts/*/values/import", PMO_ADMIN, PROJECT_MANAGER)
                .build();
    }
}
