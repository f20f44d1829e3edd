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
}
