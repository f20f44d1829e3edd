package org.golive.infra;

import java.util.Locale;

/**
 * When the embedded MongoDB server may acknowledge a write. Real MongoDB decides this by the write concern
 * ({@code w=majority, journal=true} in docker-compose); the embedded server has its own setting.
 */
public enum MongoDurability {

    /**
     * A commit about once a second in the background, as mongo-java-server does by default. The fastest; a
     * killed process loses the writes of its last second, acknowledged or not.
     */
    BACKGROUND,

    /**
     * Each write is in the data file before it is acknowledged (group commit: one commit covers every writer waiting
     * for it). A killed process loses nothing acknowledged; the operating system still holds the last writes in its
     * page cache, so a power cut or a kernel crash may lose them.
     */
    WRITTEN,

    /** As {@link #WRITTEN}, and the file is forced to the device (fsync) before the acknowledgement: a power cut loses nothing acknowledged either. */
    SYNCED;

    /** {@code written}, {@code WRITTEN}: a setting's value. */
    public static MongoDurability parse(String value) {
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The MongoDB durability is one of background, written, synced; not '"
                    + value + "'");
        }
    }
}
