package org.golive.infra;

import de.bwaldvogel.mongo.backend.KeyValue;
import org.h2.mvstore.type.ObjectDataType;

/**
 * The order of a unique index's keys in the H2 store, kept without Java serialization for keys of strings. H2 orders
 * keys of a class it does not know ({@link KeyValue} is neither one of its types nor {@link Comparable}) by comparing
 * their serialized bytes, so every step of a lookup's binary search ran two {@code ObjectOutputStream}s: about 200 µs
 * for one {@code _id} in an index of 20,000 keys, against 4–8 µs here (measured side by side in one JVM). Every
 * {@code _id} lookup, insert and guarded update of the durable store pays it.
 *
 * <p>Keys whose values are all strings (most ids here) come first, ordered value by value as strings; any other key
 * keeps H2's serialized order after them. Both parts agree with {@link KeyValue#equals}: the order is total and says
 * "same" only of equal keys, which a unique index needs. Keys are written to the file as before ({@link
 * ObjectDataType}); only the order of the B-tree differs, so an index written in the old order is moved to a map of
 * its own ({@code DurableH2Backend}) rather than read in this one.
 */
final class IndexKeyOrder extends ObjectDataType {

    static final IndexKeyOrder INSTANCE = new IndexKeyOrder();

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
