package org.golive.infra;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Decimal128;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.UUID;

/**
 * The order of a unique index's keys in the H2 store, kept without Java serialization for keys of strings. H2 orders
 * keys of a class it does not know ({@link KeyValue} is neither one of its types nor {@link Comparable}) by comparing
 * their serialized bytes, so every step of a lookup's binary search ran two {@code ObjectOutputStream}s: about 200 µs
 * for one {@code _id} in an index of 20,000 keys, against 4–8 µs here (measured side by side in one JVM). Every
 * {@code _id} lookup, insert and guarded update of the durable store pays it.
 *
 * <p>Keys whose values are all strings (most ids here) come first, ordered value by value as strings; any other key
 * keeps H2's serialized order after them. Both parts agree with {@link KeyValue#equals}: the order is total and says
 * "same" only of equal keys, which a unique index needs. Only the order of the B-tree differs from H2's, so an index
 * written in the old order is moved to a map of its own ({@code DurableH2Backend}) rather than read in this one.
 *
 * <p>A key is stored as BSON ({@link BsonBytes}: its values as the fields "0", "1", ...) rather than Java-serialized
 * (a new {@code ObjectOutputStream}, {@link KeyValue}'s and its list's class descriptors, for every key of a page the
 * commit writes) when its values are scalars (strings, numbers, ids, dates: every key of every index here but the
 * consumer ledger's compound ids); any other key, and every key of files written before, as H2 wrote them ({@link
 * ObjectDataType}); both read. The order compares the keys, not their stored bytes, so it does not change.
 */
final class IndexKeyOrder extends ObjectDataType {

    static final IndexKeyOrder INSTANCE = new IndexKeyOrder();

    private static final String[] FIELDS = {"0", "1", "2", "3", "4", "5", "6", "7"};

    /** As H2 estimates a serialized object: twice its stored bytes, a running average from 10,000. */
    private int averageKeyMemory = 10_000;

    private IndexKeyOrder() {
    }

    @Override
    public int compare(Object a, Object b) {
        if (a == b) {
            return 0;
        }
        boolean textA = allText(a);
        boolean textB = allText(b);
        if (textA && textB) {
            return compareText((KeyValue) a, (KeyValue) b);
        }
        if (textA != textB) {
            return textA ? -1 : 1;
        }
        return super.compare(a, b);
    }

    /** H2's estimate for a serialized key, which no longer sees these writes: the same running average, kept here. */
    @Override
    public int getMemory(Object key) {
        return key instanceof KeyValue ? averageKeyMemory : super.getMemory(key);
    }

    @Override
    public void write(WriteBuffer buff, Object key) {
        int length = key instanceof KeyValue values && allScalar(values)
                ? BsonBytes.write(buff, asDocument(values)) : -1;
        if (length < 0) {
            super.write(buff, key);
        } else {
            averageKeyMemory = runningAverage(length);
        }
    }

    @Override
    public Object read(ByteBuffer buff) {
        if (!BsonBytes.isNext(buff)) {
            return super.read(buff);
        }
        int start = buff.position();
        KeyValue key = new KeyValue(BsonBytes.read(buff).values());
        averageKeyMemory = runningAverage(buff.position() - start);
        return key;
    }

    private int runningAverage(int storedBytes) {
        return (int) ((2L * storedBytes + 15L * averageKeyMemory) / 16);
    }

    /**
     * Keys of values whose Java serialization is their value alone. The order of other keys compares their serialized
     * bytes, which depend on the classes inside (a list decoded from BSON is an {@code ArrayList}, the one stored may
     * not have been), so they are stored as before, to be read back byte for byte the same.
     */
    private static boolean allScalar(KeyValue values) {
        for (Object value : values) {
            if (!(value == null || value instanceof String || value instanceof Integer || value instanceof Long
                    || value instanceof Double || value instanceof Boolean || value instanceof ObjectId
                    || value instanceof UUID || value instanceof Decimal128 || value instanceof Instant)) {
                return false;
            }
        }
        return true;
    }

    private static Document asDocument(KeyValue values) {
        Document document = new Document();
        for (int i = 0; i < values.size(); i++) {
            document.put(i < FIELDS.length ? FIELDS[i] : String.valueOf(i), values.get(i));
        }
        return document;
    }

    private static int compareText(KeyValue a, KeyValue b) {
        int common = Math.min(a.size(), b.size());
        for (int i = 0; i < common; i++) {
            int order = ((String) a.get(i)).compareTo((String) b.get(i));
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    private static boolean allText(Object key) {
        if (!(key instanceof KeyValue values)) {
            return false;
        }
        for (Object value : values) {
            if (!(value instanceof String)) {
                return false;
            }
        }
        return true;
    }
}
