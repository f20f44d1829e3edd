package org.golive.planning.msproject;

import java.util.Objects;

/**
 * A predecessor link of an imported task.
 *
 * @param type {@code FS}, {@code SS}, {@code FF} or {@code SF}
 * @param lagDays working days, negative for a lead; converted from whatever unit the file used
 */
public record ImportedLink(String predecessorUid, String type, int lagDays) {

    public ImportedLink {
        Objects.requireNonNull(predecessorUid, "predecessorUid");
        LinkTypes.requireKnown(type);
    }
}
