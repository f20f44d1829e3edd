package org.golive.planning.template;

import java.util.List;

/** A phase of an implementation plan; tasks name it by key. */
public record Phase(String key, String name) {

    /** The phases of an EHR implementation, in order, for templates that do not define their own. */
    public static final List<Phase> EHR_DEFAULTS = List.of(
            new Phase("assess", "Assess"),
            new Phase("plan", "Plan"),
            new Phase("design-build", "Design and build"),
            new Phase("test", "Test"),
            new Phase("train", "Train"),
            new Phase("go-live", "Go-live"),
            new Phase("stabilize", "Stabilize"));
}
