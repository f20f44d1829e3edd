package org.golive.platform.security;

/**
 * Who may do what in Golive. Roles arrive in the {@code roles} claim of the caller's token, issued by the health
 * system's identity provider.
 */
public enum Role {
    /** Runs the program across every rollout; approves and books no money (finance's: segregation of duties). */
    PMO_ADMIN,
    /** Acts on the rollouts they manage. */
    PROJECT_MANAGER,
    /** Budgets and approvals. */
    FINANCE,
    /** Updates the tasks they are assigned, acknowledges, raises conflicts. */
    CONTRIBUTOR,
    /** Reads. */
    VIEWER;

    public static final Role[] EVERYONE = values();

    String authority() {
        return "ROLE_" + name();
    }
}
