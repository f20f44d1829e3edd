package org.golive.planning.role;

/**
 * The roles a rollout program staffs from its shared pool: what a template's task asks for and what the pool's
 * resources are. A package of its own so that templates and the pool both use it and neither depends on the other.
 */
public enum ResourceRole {
    TRAINER, CREDENTIALED_TRAINER, SUPER_USER, APPLICATION_ANALYST, INTERFACE_ENGINEER, COMMAND_CENTER_STAFF,
    VENDOR_CONSULTANT
}
