package org.golive.stakeholder;

import org.golive.platform.security.EndpointRules;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.context.annotation.Configuration;

import static org.golive.platform.security.Role.EVERYONE;
import static org.golive.platform.security.Role.PMO_ADMIN;
import static org.golive.platform.security.Role.PROJECT_MANAGER;

/** Who may call which stakeholder endpoint. An endpoint missing here is refused to everyone. */
@Configuration(proxyBeanMethods = false)
class AccessRules {

    @Bean
    EndpointRules stakeholderRules() {
        return EndpointRules.builder()
                .get("/", EVERYONE)
                .get("/*", EVERYONE)
                .post("/", PMO_ADMIN, PROJECT_MANAGER)
                .put("/*", PMO_ADMIN, PROJECT_MANAGER)
                .get("/conflicts", EVERYONE)
                .get("/conflicts/*", EVERYONE)
                .post("/conflicts", PMO_ADMIN, PROJECT_MANAGER)
                .post("/conflicts/*/mediation", PMO_ADMIN, PROJECT_MANAGER)
                .post("/conflicts/*/resolution", PMO_ADMIN, PROJECT_MANAGER)
                .post("/conflicts/*/escalation", PMO_ADMIN, PROJECT_MANAGER)
                .patch("/conflicts/*", PMO_ADMIN, PROJECT_MANAGER)
                // Communication plans and communications: object-level checks by rollout inside (ScopeAccess).
                .get("/communication-plans", EVERYONE)
                .post("/communication-plans", PMO_ADMIN, PROJECT_MANAGER)
                .put("/communication-plans/*/entries/*", PMO_ADMIN, PROJECT_MANAGER)
                .get("/communications", EVERYONE)
                .get("/communications/*", EVERYONE)
                .post("/communications", PMO_ADMIN, PROJECT_MANAGER)
                .post("/communications/*/deliveries/*/resend", PMO_ADMIN, PROJECT_MANAGER)
                // An acknowledgement link works without signing in: its single-use, expiring token is the credential.
                .publicly(HttpMethod.GET, "/acknowledgements/*")
                .publicly(HttpMethod.POST, "/acknowledgements/*")
                .build();
    }
}
