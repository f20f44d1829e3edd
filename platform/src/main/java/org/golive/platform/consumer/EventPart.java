package org.golive.platform.consumer;

import org.golive.contract.EventParts;

/**
 * One part of an event too large for one record ({@link EventParts}): the record as read ({@code record}: the part's
 * own id and a slice of the data) and which event it belongs to.
 *
 * @param eventId the id of the whole event ({@code partof})
 * @param index   from 1 to {@code count}
 * @param digest  {@code sha-256:<hex>} of the whole event's data
 */
record EventPart(String eventId, int index, int count, String digest, IncomingEvent record) {

    /** The part that {@code event} is, or null when it is a whole event. */
    static EventPart of(EventAttributes event, IncomingEvent read) {
        String partOf = event.partOf();
        if (partOf == null) {
            return null;
        }
        String index = event.partIndex();
        String count = event.partCount();
        String digest = event.partDigest();
        try {
            EventPart part = new EventPart(partOf, Integer.parseInt(String.valueOf(index)),
                    Integer.parseInt(String.valueOf(count)), digest, read);
            if (part.digest() == null || part.count() < 1 || part.index() < 1 || part.index() > part.count()) {
                throw new MalformedEventException("Part " + read.id() + " of event " + partOf + " has index " + index
                        + " of " + count + " and digest " + digest + ": not a part that can be reassembled");
            }
            return part;
        } catch (NumberFormatException e) {
            throw new MalformedEventException("Part " + read.id() + " of event " + partOf + " has a non-numeric index ("
                    + index + ") or count (" + count + ")", e);
        }
    }

    String source() {
        return record.source();
    }

    /** The whole event, given its data reassembled from every part. */
    IncomingEvent whole(byte[] data) {
        return new IncomingEvent(eventId, record.type(), record.source(), record.sequence(), record.key(), data);
    }
}
