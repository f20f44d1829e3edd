package org.golive.identity;

import org.springframework.util.StringUtils;

import java.util.ArrayList;
import java.util.List;

/**
 * The provider refuses to start with a machine client or the users without a secret, naming every missing setting
 * and the two ways out, rather than start with secrets anyone can read in the README.
 */
final class RequiredSecrets {

    private RequiredSecrets() {
    }

    static void check(ClientProperties clients, DemoUsers users) {
        List<String> missing = new ArrayList<>();
        if (!StringUtils.hasText(clients.getCli().getSecret())) {
            missing.add("golive.identity.clients.cli.secret (GOLIVE_IDENTITY_CLIENTS_CLI_SECRET)");
        }
        if (!StringUtils.hasText(clients.getBi().getSecret())) {
            missing.add("golive.identity.clients.bi.secret (GOLIVE_IDENTITY_CLIENTS_BI_SECRET)");
        }
        if (!StringUtils.hasText(users.getPassword())) {
            missing.add("golive.identity.users.password (GOLIVE_IDENTITY_USERS_PASSWORD)");
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("The identity provider has no secret for " + String.join(", ", missing)
                    + ". Configure them, or run with the demo profile (SPRING_PROFILES_ACTIVE=demo) for the published "
                    + "demo secrets, which are for a developer's machine only.");
        }
    }
}
