package org.golive.platform.problem;

import java.util.Map;

/**
 * A well-formed request that breaks a domain rule (an unknown wave, a second accountable, a cycle...): answered with
 * 422 naming the offending fields.
 */
public class RuleViolationException extends RuntimeException {

    private final Map<String, String> fields;

    public RuleViolationException(String message, Map<String, String> fields) {
        super(message);
        this.fields = Map.copyOf(fields);
    }

    public RuleViolationException(String field, String message) {
        this(message, Map.of(field, message));
    }

    public Map<String, String> fields() {
        return fields;
    }
}
