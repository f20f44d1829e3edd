package org.golive.planning.msproject;

import java.util.Objects;

/**
 * A predecessor link of an imported task.
 *
 * @param type {@code FS}, {@code SS}, {@code FF} or {@code SF}
 * @param lagDays working days, negative for a lead; converted from whatever unit the file used
 * @param lag     the lag in MS Project's notation ({@code 2h}, {@code -30m}, {@code 22eh}) when it is not whole working
 *                days, else {@code null}
 */
public record ImportedLink(String predecessorUid, String type, int lagDays, String lag) {

    public ImportedLink {
        Objects.requireNonNull(predecessorUid, "predecessorUid");
        LinkTypes.requireKnown(type);
    }

    public ImportedLink(String predecessorUid, String type, int lagDays) {
        this(predecessorUid, type, lagDays, null);
    }
}
