package org.golive.planning.msproject;

import java.util.Objects;

/** A predecessor link of an exported task: {@code type} is FS, SS, FF or SF, {@code lagDays} in working days. */
public record ExportLink(String predecessorId, String type, int lagDays) {

    public ExportLink {
        Objects.requireNonNull(predecessorId, "predecessorId");
        LinkTypes.requireKnown(type);
    }
}
