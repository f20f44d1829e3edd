package org.golive.contract;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * How an event too large for one Kafka record travels: as parts, each a CloudEvent of its own, published together in
 * one Kafka transaction with the event's key (so they sit next to each other, in order, on one partition). A part
 * carries every attribute of the event ({@code type}, {@code source}, {@code sequence}, {@code time}, ...) except:
 * <ul>
 *   <li>{@code id}: {@code <event id>.<part index>}, unique as CloudEvents wants;</li>
 *   <li>{@code datacontenttype}: {@code application/octet-stream}, since one part alone is no JSON document;</li>
 *   <li>the extensions {@link #PART_OF} (the event's id), {@link #PART_INDEX} (1 to {@link #PART_COUNT}) and
 *       {@link #PART_DIGEST} ({@code sha-256:} and the lowercase hex SHA-256 of the whole data).</li>
 * </ul>
 * The data of the parts, concatenated in part index order, is the event's JSON data, byte for byte; each part is cut
 * between UTF-8 characters, so each is also valid text. Depends on the JDK only, like the rest of the contract.
 */
public final class EventParts {

    /** The id of the event this record is a part of. */
    public static final String PART_OF = "partof";
    /** The position of this part, from 1. */
    public static final String PART_INDEX = "partindex";
    /** How many parts the event has. */
    public static final String PART_COUNT = "partcount";
    /** {@code sha-256:<hex>} of the whole data: a consumer checks what it reassembled. */
    public static final String PART_DIGEST = "partdigest";
    /** The content type of one part's data. */
    public static final String PART_CONTENT_TYPE = "application/octet-stream";

    /** Classpath resource of the JSON Schema of a part's Kafka headers, for consumers that check them. */
    public static final String HEADERS_SCHEMA_RESOURCE = "/org/golive/contract/schemas/event-part.headers.schema.json";
    /** Classpath resource of an example of a part's Kafka headers. */
    public static final String HEADERS_EXAMPLE_RESOURCE = "/org/golive/contract/examples/event-part.headers.json";

    private static final String DIGEST_PREFIX = "sha-256:";

    private EventParts() {
    }

    /** The CloudEvents id of part {@code index} of event {@code eventId}. */
    public static String partId(String eventId, int index) {
        return eventId + "." + index;
    }

    /**
     * Where to cut {@code data} into parts of at most {@code maxPartBytes} bytes, never inside a UTF-8 character:
     * the start offsets of the parts followed by {@code data.length}. One part when the data fits.
     */
    public static int[] boundaries(byte[] data, int maxPartBytes) {
        if (maxPartBytes < 4) {
            throw new IllegalArgumentException("A part must hold at least one UTF-8 character: " + maxPartBytes);
        }
        List<Integer> starts = new ArrayList<>();
        int start = 0;
        do {
            starts.add(start);
            int end = Math.min(start + maxPartBytes, data.length);
            while (end < data.length && end > start && isContinuation(data[end])) {
                end--; // back to the first byte of the character that would be cut
            }
            start = end;
        } while (start < data.length);
        int[] cuts = new int[starts.size() + 1];
        for (int i = 0; i < starts.size(); i++) {
            cuts[i] = starts.get(i);
        }
        cuts[starts.size()] = data.length;
        return cuts;
    }

    /** {@code data} cut at {@link #boundaries(byte[], int)}. */
    public static List<byte[]> split(byte[] data, int maxPartBytes) {
        int[] cuts = boundaries(data, maxPartBytes);
        List<byte[]> parts = new ArrayList<>(cuts.length - 1);
        for (int i = 0; i + 1 < cuts.length; i++) {
            parts.add(java.util.Arrays.copyOfRange(data, cuts[i], cuts[i + 1]));
        }
        return parts;
    }

    /** The {@link #PART_DIGEST} of {@code data}. */
    public static String digest(byte[] data) {
        try {
            return DIGEST_PREFIX + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }

    /** The {@link #PART_DIGEST} of a JSON text. */
    public static String digest(String json) {
        return digest(json.getBytes(StandardCharsets.UTF_8));
    }

    private static boolean isContinuation(byte b) {
        return (b & 0xC0) == 0x80;
    }
}
