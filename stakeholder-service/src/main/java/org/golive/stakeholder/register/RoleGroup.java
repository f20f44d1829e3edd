package org.golive.stakeholder.register;

/** The part of the organisation a stakeholder speaks for; engagement plans and communications are cut by it. */
public enum RoleGroup {
    CLINICAL,
    TECHNICAL,
    EXECUTIVE,
    OPERATIONS,
    FINANCE,
    VENDOR
}
