package org.golive.platform.input;

import java.util.List;

/**
 * The checks every strict list query applies to its raw parameters, refused as {@link RefusedParameterException}:
 * repeated values within a count, and text within a length and {@link InputBounds}' character rules.
 */
public final class QueryParameters {

    private QueryParameters() {
    }

    /** The values of a repeatable parameter, none when absent, refused beyond {@code maxValues}. */
    public static List<String> limited(String name, List<String> values, int maxValues) {
        if (values == null) {
            return List.of();
        }
        if (values.size() > maxValues) {
            throw new RefusedParameterException(name, "may be given at most " + maxValues + " times");
        }
        return values;
    }

    /** The value stripped, refused when empty, longer than {@code maxLength} or holding characters text may not. */
    public static String text(String name, String value, int maxLength) {
        String text = value.strip();
        if (text.isEmpty() || text.length() > maxLength) {
            throw new RefusedParameterException(name, "must have 1 to " + maxLength + " characters");
        }
        String problem = InputBounds.textProblem(text);
        if (problem != null) {
            throw new RefusedParameterException(name, problem);
        }
        return text;
    }
}
