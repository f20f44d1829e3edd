package org.golive.planning.msproject;

import java.util.Objects;

/**
 * A predecessor link of an exported task: {@code type} is FS, SS, FF or SF, {@code lagDays} in working days, or
 * {@code lag} in MS Project's notation ({@code 2h}, {@code 22eh}) when it is not whole working days (else null).
 */
public record ExportLink(String predecessorId, String type, int lagDays, String lag) {

    public ExportLink {
        Objects.requireNonNull(predecessorId, "predecessorId");
        LinkTypes.requireKnown(type);
    }

    public ExportLink(String predecessorId, String type, int lagDays) {
        this(predecessorId, type, lagDays, null);
    }
}
