package org.golive.infra;

/**
 * Whether the embedded server keeps a collection's data size ({@code collStats} and {@code dbStats}' {@code size}).
 * mongo-java-server keeps it by encoding every inserted, deleted and updated document as BSON (the updated one twice,
 * before and after) and writing the running total to a second map of the store: on a write of a 110 KB plan chunk,
 * a BSON encoding of the whole document that nothing in Golive reads. So it is off: those statistics report whatever
 * size a file last recorded (0 for a new one). Real MongoDB is unaffected.
 */
final class SizeStatistics {

    static final boolean KEPT = false;

    private SizeStatistics() {
    }
}
