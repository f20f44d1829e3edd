package org.golive.platform.web;

/**
 * An optional text field of a request (a project manager, a line id, a reference): a client that sends it blank means
 * "not given", the same as leaving it out, and surrounding spaces are never part of a value.
 */
public final class OptionalText {

    private OptionalText() {
    }

    /** The stripped value, or null when it is absent or blank. */
    public static String of(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
