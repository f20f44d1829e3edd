package org.golive.infra;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A unique index's B-tree needs a total order that says "same" only of equal keys: checked on every pair and triple
 * of a mix of the key shapes the services use (string ids, compound keys, numbers, sub-documents, nulls).
 */
class IndexKeyOrderTest {

    private static final List<KeyValue> KEYS = List.of(
            new KeyValue("rollout-1/task-2"), new KeyValue("rollout-1/task-10"), new KeyValue("rollout-1"),
            new KeyValue(""), new KeyValue("rollout-1", "task-2"), new KeyValue("rollout-1", "task-10"),
            new KeyValue("Zürich"), new KeyValue(1.0), new KeyValue(2.0), new KeyValue(-0.5),
            new KeyValue(new Document("source", "/planning/rollouts/r-1").append("sequence", 3.0)),
            new KeyValue(new Document("source", "/planning/rollouts/r-1").append("sequence", 4.0)),
            new KeyValue("rollout-1", 2.0), new KeyValue(2.0, "rollout-1"), new KeyValue((Object) null));

    private final IndexKeyOrder order = IndexKeyOrder.INSTANCE;

    @Test
    void theOrderSaysSameOnlyOfEqualKeys() {
        for (KeyValue a : KEYS) {
            for (KeyValue b : KEYS) {
                assertThat(order.compare(a, b) == 0).as(a + " vs " + b).isEqualTo(a.equals(b));
                assertThat(order.compare(new KeyValue(a.stream().toList()), a)).isZero();
            }
        }
    }

    @Test
    void theOrderIsAntisymmetricAndTransitive() {
        for (KeyValue a : KEYS) {
            for (KeyValue b : KEYS) {
                assertThat(Integer.signum(order.compare(a, b))).as(a + " vs " + b)
                        .isEqualTo(-Integer.signum(order.compare(b, a)));
                for (KeyValue c : KEYS) {
                    if (order.compare(a, b) < 0 && order.compare(b, c) < 0) {
                        assertThat(order.compare(a, c)).as(a + " < " + b + " < " + c).isNegative();
                    }
                }
            }
        }
    }

    @Test
    void stringKeysAreOrderedAsStringsValueByValue() {
        assertThat(order.compare(new KeyValue("a"), new KeyValue("b"))).isNegative();
        assertThat(order.compare(new KeyValue("a", "z"), new KeyValue("b", "a"))).isNegative();
        assertThat(order.compare(new KeyValue("a"), new KeyValue("a", "a"))).isNegative();
        assertThat(order.compare(new KeyValue("b"), new KeyValue(1.0))).isNegative();
    }

    /**
     * Keys are stored as BSON, those BSON would not give back exactly (a missing value) and those of earlier files
     * Java-serialized: written one after another as in a page, every one reads back equal.
     */
    @Test
    void keysOfEitherFormatReadBackEqual() {
        List<KeyValue> keys = new java.util.ArrayList<>(KEYS);
        keys.add(new KeyValue("rollout-1", de.bwaldvogel.mongo.backend.Missing.getInstance()));
        keys.add(new KeyValue(1, 2L, "three", new Document("four", List.of(4.0)), true, 6, 7, 8, 9, "ten"));
        keys.add(new KeyValue(1, 2L, "three", 4.0, true, 6, 7, 8, 9, "ten"));
        org.h2.mvstore.type.ObjectDataType earlier = new org.h2.mvstore.type.ObjectDataType();
        org.h2.mvstore.WriteBuffer buffer = new org.h2.mvstore.WriteBuffer();
        List<Boolean> asBson = new java.util.ArrayList<>();
        for (KeyValue key : keys) {
            int start = buffer.position();
            order.write(buffer, key);
            asBson.add(buffer.getBuffer().get(start) == BsonBytes.MARKER);
            earlier.write(buffer, key);
        }
        assertThat(asBson).containsExactlyElementsOf(keys.stream()
                .map(key -> key.stream().allMatch(value -> value instanceof String || value instanceof Number
                        || value instanceof Boolean || value == null)).toList());
        java.nio.ByteBuffer read = buffer.getBuffer().flip();
        for (KeyValue key : keys) {
            Object written = order.read(read);
            assertThat(order.compare(written, key)).as("as written now: %s", key).isZero();
            if (key.stream().noneMatch(de.bwaldvogel.mongo.backend.Missing.class::isInstance)) {
                assertThat(written).isEqualTo(key); // Java serialization gives a Missing of its own, never equal
            }
            Object fromAnEarlierFile = order.read(read);
            assertThat(fromAnEarlierFile).as("as written before").isInstanceOf(KeyValue.class);
            assertThat(order.compare(fromAnEarlierFile, key)).isZero();
        }
        assertThat(read.remaining()).isZero();
    }
}
