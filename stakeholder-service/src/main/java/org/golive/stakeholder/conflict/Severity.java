package org.golive.stakeholder.conflict;

public enum Severity {
    LOW,
    MEDIUM,
    HIGH,
    CRITICAL
}
