package org.golive.planning.resource;

/** The roles a rollout program staffs from its shared pool. */
public enum ResourceRole {
    TRAINER, CREDENTIALED_TRAINER, SUPER_USER, APPLICATION_ANALYST, INTERFACE_ENGINEER, COMMAND_CENTER_STAFF,
    VENDOR_CONSULTANT
}
