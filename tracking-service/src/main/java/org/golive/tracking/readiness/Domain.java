package org.golive.tracking.readiness;

/** The areas a go-live readiness scorecard covers. */
public enum Domain {
    TECHNICAL, CLINICAL_WORKFLOW, TESTING, DATA_CONVERSION, TRAINING, COMMUNICATIONS, PRODUCTION_SUPPORT, COMMAND_CENTER
}
