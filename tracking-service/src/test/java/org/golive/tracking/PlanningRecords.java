package org.golive.tracking;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventSerializer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.golive.contract.Topics;

import java.util.Map;
import java.util.Optional;

/** Planning's records as the listener's poll hands them over (binary CloudEvents), for tests that call it directly. */
final class PlanningRecords {

    private PlanningRecords() {
    }

    static ConsumerRecord<String, byte[]> record(String key, CloudEvent event, long offset) {
        RecordHeaders headers = new RecordHeaders();
        byte[] value;
        try (CloudEventSerializer serializer = new CloudEventSerializer()) {
            serializer.configure(Map.of(), false);
            value = serializer.serialize(Topics.PLANNING, headers, event);
        }
        return new ConsumerRecord<>(Topics.PLANNING, 0, offset, 0L, TimestampType.CREATE_TIME, key.length(),
                value.length, key, value, headers, Optional.empty());
    }
}
