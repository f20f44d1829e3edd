package org.golive.planning;

import org.golive.platform.security.EndpointRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.golive.platform.security.Role.CONTRIBUTOR;
import static org.golive.platform.security.Role.EVERYONE;
import static org.golive.platform.security.Role.PMO_ADMIN;
import static org.golive.platform.security.Role.PROJECT_MANAGER;

/** Who may call which planning endpoint. An endpoint missing here is refused to everyone. */
@Configuration(proxyBeanMethods = false)
class AccessRules {

    @Bean
    EndpointRules planningRules() {
        return EndpointRules.builder()
                .get("/programs", EVERYONE)
                .get("/programs/*", EVERYONE)
                .get("/programs/*/rollouts", EVERYONE)
                .get("/rollouts/*", EVERYONE)
                .post("/programs", PMO_ADMIN)
                .post("/programs/*/waves", PMO_ADMIN)
                .post("/programs/*/rollouts", PMO_ADMIN)
                .put("/programs/*", PMO_ADMIN)
                .put("/programs/*/waves/*", PMO_ADMIN)
                .put("/rollouts/*", PMO_ADMIN)
                .put("/rollouts/*/priority", PMO_ADMIN)
                // plan templates: the PMO's standard plans
                .get("/templates", EVERYONE)
                .get("/templates/*", EVERYONE)
                .get("/templates/*/versions/*", EVERYONE)
                .post("/templates", PMO_ADMIN)
                .post("/templates/import", PMO_ADMIN)
                .post("/templates/*/versions", PMO_ADMIN)
                .put("/templates/*/versions/*", PMO_ADMIN)
                .post("/templates/*/versions/*/publish", PMO_ADMIN)
                // site plans: the project manager of the site (checked per rollout) and the PMO change them
                .get("/rollouts/*/plan", EVERYONE)
                .get("/rollouts/*/plan/tasks", EVERYONE)
                .get("/rollouts/*/plan/tasks/*", EVERYONE)
                .get("/rollouts/*/plan/baselines", EVERYONE)
                .get("/rollouts/*/plan/baselines/*", EVERYONE)
                .get("/rollouts/*/plan/variance", EVERYONE)
                .get("/rollouts/*/plan/calendars", EVERYONE)
                .get("/rollouts/*/plan/calendars/*", EVERYONE)
                .get("/rollouts/*/cutover", EVERYONE)
                .get("/rollouts/*/plan/export.xml", EVERYONE)
                .get("/rollouts/*/plan/export.csv", EVERYONE)
                .post("/rollouts/*/plan/import", PMO_ADMIN, PROJECT_MANAGER)
                .put("/rollouts/*/plan/import", PMO_ADMIN, PROJECT_MANAGER)
                .post("/rollouts/*/plan", PMO_ADMIN, PROJECT_MANAGER)
                .put("/rollouts/*/go-live", PMO_ADMIN, PROJECT_MANAGER)
                .post("/rollouts/*/go-live/preview", PMO_ADMIN, PROJECT_MANAGER)
                .post("/rollouts/*/plan/tasks", PMO_ADMIN, PROJECT_MANAGER)
                .put("/rollouts/*/plan/tasks/*", PMO_ADMIN, PROJECT_MANAGER)
                .put("/rollouts/*/plan/tasks/*/raci", PMO_ADMIN, PROJECT_MANAGER)
                .post("/rollouts/*/plan/baselines", PMO_ADMIN, PROJECT_MANAGER)
                .put("/rollouts/*/plan/calendars/*", PMO_ADMIN, PROJECT_MANAGER)
                .post("/rollouts/*/plan/calendars/*/import", PMO_ADMIN, PROJECT_MANAGER)
                .put("/rollouts/*/plan/status-date", PMO_ADMIN, PROJECT_MANAGER)
                // contributors record progress on the tasks they are responsible or accountable for
                .post("/rollouts/*/plan/tasks/*/progress", PMO_ADMIN, PROJECT_MANAGER, CONTRIBUTOR)
                // resources: the program's pool is the PMO's; a site's project manager assigns its tasks
                .get("/programs/*/resources", EVERYONE)
                .get("/programs/*/resources/*", EVERYONE)
                .post("/programs/*/resources", PMO_ADMIN)
                .put("/programs/*/resources/*", PMO_ADMIN)
                .delete("/programs/*/resources/*", PMO_ADMIN)
                .get("/programs/*/capacity", EVERYONE)
                .get("/programs/*/levelling/preview", EVERYONE)
                .get("/programs/*/levelling/runs/*", EVERYONE)
                .post("/programs/*/levelling", PMO_ADMIN)
                // what-if scenarios: the PMO moves waves' go-lives on paper, and promotes one to the plans
                .get("/programs/*/scenarios", EVERYONE)
                .get("/programs/*/scenarios/*", EVERYONE)
                .post("/programs/*/scenarios", PMO_ADMIN)
                .post("/programs/*/scenarios/*/promote", PMO_ADMIN)
                .delete("/programs/*/scenarios/*", PMO_ADMIN)
                .get("/rollouts/*/resources", EVERYONE)
                .get("/rollouts/*/labour-cost", EVERYONE)
                .get("/rollouts/*/plan/tasks/*/resources", EVERYONE)
                .put("/rollouts/*/plan/tasks/*/resources", PMO_ADMIN, PROJECT_MANAGER)
                .build();
    }
}
