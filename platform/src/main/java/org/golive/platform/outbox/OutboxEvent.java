package org.golive.platform.outbox;

import java.time.Instant;

/**
 * An event waiting in its aggregate's document to be published: already in its wire form (JSON data, CloudEvents
 * attributes), so the relay never needs the domain classes.
 *
 * @param source   the aggregate that raised it, e.g. {@code /planning/rollouts/42}
 * @param sequence    position among the events of {@code source}, from 1, without gaps
 * @param traceparent W3C trace context of the request that raised the event, or null; carried on to Kafka so a
 *                    consumer's work joins the same trace
 * @param actor       who caused it: the caller's token subject, or {@code service:<name>} for a service's own reaction
 * @param requestId   the {@code X-Request-Id} of the request that caused it, or null
 */
public record OutboxEvent(
        String id,
        String type,
        String topic,
        String key,
        String source,
        String subject,
        long sequence,
        Instant time,
        String dataSchema,
        String data,
        String traceparent,
        String actor,
        String requestId) {
}
