package org.golive.stakeholder.conflict;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The fields an edit changed, in the order it applied them: what {@code conflict.updated} names. */
final class ConflictChanges {

    private final List<String> names = new ArrayList<>();

    /** The new value when one is given and differs (noting the field), else the current one. */
    <T> T apply(String field, T current, T given) {
        if (given == null || Objects.equals(current, given)) {
            return current;
        }
        names.add(field);
        return given;
    }

    boolean none() {
        return names.isEmpty();
    }

    List<String> names() {
        return List.copyOf(names);
    }
}
