package org.golive.tracking.intake;

import java.util.List;
import java.util.Map;

/**
 * Told of a live batch's writes once they are all in the database ({@link ReadModelWrites#flush}): per collection
 * (its name in the generation written), per document, the writes in their order. Not told of a batch whose writes
 * failed part-way, nor of writes made outside a batch: whoever keeps copies of documents checks them against the
 * database as well ({@code status.PlanMirror}).
 */
public interface BatchWritten {

    void written(Map<String, Map<Object, List<ReadModelWrite>>> writes);
}
