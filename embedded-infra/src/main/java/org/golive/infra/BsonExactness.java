package org.golive.infra;

import de.bwaldvogel.mongo.bson.BinData;
import de.bwaldvogel.mongo.bson.BsonJavaScript;
import de.bwaldvogel.mongo.bson.BsonRegularExpression;
import de.bwaldvogel.mongo.bson.BsonTimestamp;
import de.bwaldvogel.mongo.bson.Decimal128;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.LegacyUUID;
import de.bwaldvogel.mongo.bson.MaxKey;
import de.bwaldvogel.mongo.bson.MinKey;
import de.bwaldvogel.mongo.bson.ObjectId;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Whether a document comes back from mongo-java-server's BSON encoder and decoder exactly as it went in: the same
 * classes and values (a list comes back as an {@code ArrayList}, equal to the one stored). What arrives over the wire
 * always does; the server itself can make what does not (an {@code Instant} finer than a millisecond from
 * {@code $currentDate}, a string cut inside a surrogate pair, a value of a class BSON has no type for), and
 * {@link DocumentBytes} stores such a document as H2 did before.
 */
final class BsonExactness {

    private static final long NANOS_PER_MILLI = 1_000_000;

    private BsonExactness() {
    }

    static boolean holdsExactly(Document document) {
        for (Map.Entry<String, Object> field : document.entrySet()) {
            if (!isCString(field.getKey()) || !holdsExactly(field.getValue())) {
                return false;
            }
        }
        return true;
    }

    private static boolean holdsExactly(Object value) {
        if (value == null || value instanceof Integer || value instanceof Long || value instanceof Double
                || value instanceof Boolean || value instanceof ObjectId || value instanceof Decimal128
                || value instanceof BinData || value instanceof UUID || value instanceof LegacyUUID
                || value instanceof BsonTimestamp || value instanceof MinKey || value instanceof MaxKey) {
            return true;
        }
        if (value instanceof String text) {
            return isWellFormed(text);
        }
        if (value instanceof Document document) {
            return holdsExactly(document);
        }
        if (value instanceof List<?> list) {
            for (Object element : list) {
                if (!holdsExactly(element)) {
                    return false;
                }
            }
            return true;
        }
        if (value instanceof Instant instant) {
            return instant.getNano() % NANOS_PER_MILLI == 0 && fitsInMillis(instant);
        }
        if (value instanceof BsonRegularExpression regex) {
            return regex.getOptions() != null && isCString(regex.getPattern()) && isCString(regex.getOptions());
        }
        if (value instanceof BsonJavaScript script) {
            return script.getCode() != null && isWellFormed(script.getCode());
        }
        return false;
    }

    private static boolean fitsInMillis(Instant instant) {
        try {
            instant.toEpochMilli();
            return true;
        } catch (ArithmeticException tooFar) {
            return false;
        }
    }

    /** A field name or a regular expression: BSON ends it at the first NUL. */
    private static boolean isCString(String text) {
        return text.indexOf('\0') < 0 && isWellFormed(text);
    }

    /** UTF-8 has no form for a lone surrogate: the encoder would write '?' instead. */
    private static boolean isWellFormed(String text) {
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c)) {
                if (!Character.isHighSurrogate(c) || i + 1 == length || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            }
        }
        return true;
    }
}
