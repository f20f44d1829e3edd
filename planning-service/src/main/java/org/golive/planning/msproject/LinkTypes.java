package org.golive.planning.msproject;

import net.sf.mpxj.RelationType;

/** The link type strings of the neutral model and MPXJ's relation types. */
final class LinkTypes {

    private LinkTypes() {
    }

    static String requireKnown(String type) {
        toMpxj(type);
        return type;
    }

    static String of(RelationType type) {
        return switch (type) {
            case FINISH_START -> "FS";
            case START_START -> "SS";
            case FINISH_FINISH -> "FF";
            case START_FINISH -> "SF";
        };
    }

    static RelationType toMpxj(String type) {
        if (type == null) {
            throw new IllegalArgumentException("link type is missing: expected FS, SS, FF or SF");
        }
        return switch (type) {
            case "FS" -> RelationType.FINISH_START;
            case "SS" -> RelationType.START_START;
            case "FF" -> RelationType.FINISH_FINISH;
            case "SF" -> RelationType.START_FINISH;
            default -> throw new IllegalArgumentException("unknown link type '" + type + "': expected FS, SS, FF or SF");
        };
    }
}
