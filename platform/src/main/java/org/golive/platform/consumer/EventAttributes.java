package org.golive.platform.consumer;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.message.MessageReader;
import io.cloudevents.kafka.KafkaMessageFactory;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.golive.contract.EventParts;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a consumer reads of a record's CloudEvent: the attributes and extensions it uses, as strings, and the data.
 *
 * <p>Our producers write binary mode ({@code ce_} headers, the data as the value). Such a record is read here in one
 * pass over its headers, with the checks the CloudEvents SDK would make (spec version 1.0, {@code id}, {@code source}
 * and {@code type} present, {@code source} and {@code dataschema} URI references, {@code time} an RFC 3339 time,
 * extension names of lowercase letters and digits), but without the SDK's event object, its {@code URI} and time
 * objects per record, or its builders. Whenever a record is anything else (structured mode, another spec version, a
 * header this reader cannot vouch for cheaply), it is read by the SDK, so a record is refused exactly when the SDK
 * refuses it: the live path's dead letters do not change ({@code EventAttributesTest} compares the two).
 */
record EventAttributes(String id, String type, String source, String sequence, String partOf, String partIndex,
                       String partCount, String partDigest, byte[] data) {

    private static final String PREFIX = "ce_";
    private static final String CONTENT_TYPE = "content-type";
    /** {@code dataschema} values already parsed as URIs: one per event type, so a few dozen. */
    private static final Set<String> SCHEMAS = ConcurrentHashMap.newKeySet();
    private static final int SCHEMAS_KEPT = 1024;

    /**
     * The record's attributes.
     *
     * @throws MalformedEventException when the record is no CloudEvent (as the SDK reads it)
     */
    static EventAttributes of(ConsumerRecord<String, byte[]> record) {
        EventAttributes read = binaryMode(record);
        return read != null ? read : bySdk(record);
    }

    /** The record read by the SDK: the reference this class's fast path must agree with. */
    static EventAttributes bySdk(ConsumerRecord<String, byte[]> record) {
        CloudEvent event;
        try {
            MessageReader reader = KafkaMessageFactory.createReader(record.headers(), record.value());
            event = reader.toEvent();
        } catch (RuntimeException e) {
            throw new MalformedEventException("Record " + record.topic() + "-" + record.partition() + "@"
                    + record.offset() + " is not a CloudEvent in binary mode: " + e.getMessage(), e);
        }
        return new EventAttributes(event.getId(), event.getType(), event.getSource().toString(),
                text(event.getExtension("sequence")), text(event.getExtension(EventParts.PART_OF)),
                text(event.getExtension(EventParts.PART_INDEX)), text(event.getExtension(EventParts.PART_COUNT)),
                text(event.getExtension(EventParts.PART_DIGEST)),
                event.getData() == null ? null : event.getData().toBytes());
    }

    /**
     * A binary-mode record read from its headers, or null when the SDK must read it (this reader is not sure the SDK
     * would take it as it stands, or the SDK would refuse it: then the SDK's own message is the one to give).
     */
    static EventAttributes binaryMode(ConsumerRecord<String, byte[]> record) {
        String specVersion = null;
        String id = null;
        String type = null;
        String source = null;
        String sequence = null;
        String partOf = null;
        String partIndex = null;
        String partCount = null;
        String partDigest = null;
        for (Header header : record.headers()) {
            String key = header.key();
            byte[] bytes = header.value();
            if (key.equals(CONTENT_TYPE)) {
                if (bytes == null || startsWith(bytes, "application/cloudevents")) {
                    return null; // structured mode, or a header the SDK fails on
                }
                continue;
            }
            if (key.length() <= PREFIX.length() || !key.startsWith(PREFIX)) {
                continue;
            }
            if (bytes == null) {
                return null;
            }
            String value = new String(bytes, StandardCharsets.UTF_8);
            switch (key) {
                case "ce_specversion" -> specVersion = value;
                case "ce_id" -> id = value;
                case "ce_type" -> type = value;
                case "ce_source" -> {
                    if (!isPathReference(value)) {
                        return null;
                    }
                    source = value;
                }
                case "ce_sequence" -> sequence = value;
                case "ce_time" -> {
                    if (!isPlainTime(value)) {
                        return null;
                    }
                }
                case "ce_dataschema" -> {
                    if (!isUri(value)) {
                        return null;
                    }
                }
                case "ce_subject", "ce_datacontenttype" -> {
                    // taken as they are by the SDK too
                }
                case "ce_" + EventParts.PART_OF -> partOf = value;
                case "ce_" + EventParts.PART_INDEX -> partIndex = value;
                case "ce_" + EventParts.PART_COUNT -> partCount = value;
                case "ce_" + EventParts.PART_DIGEST -> partDigest = value;
                default -> {
                    if (!isExtensionName(key)) {
                        return null; // an attribute in capitals, or a name the SDK refuses
                    }
                }
            }
        }
        if (!"1.0".equals(specVersion) || id == null || type == null || source == null) {
            return null;
        }
        byte[] value = record.value();
        return new EventAttributes(id, type, source, sequence, partOf, partIndex, partCount, partDigest,
                value == null || value.length == 0 ? null : value);
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static boolean startsWith(byte[] bytes, String prefix) {
        if (bytes.length < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (bytes[i] != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** An extension name the SDK takes (lowercase letters and digits), and not one of the attributes' names. */
    private static boolean isExtensionName(String key) {
        for (int i = PREFIX.length(); i < key.length(); i++) {
            char c = key.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@code value} is certainly a URI reference {@code java.net.URI} parses: an absolute path ({@code /a/b})
     * of unreserved characters, sub-delimiters, {@code :} and {@code @} (RFC 3986's path characters, without
     * percent-encoding). Our sources are such paths; anything else is left to the SDK.
     */
    static boolean isPathReference(String value) {
        if (value.isEmpty() || value.charAt(0) != '/' || value.startsWith("//")) {
            return false;
        }
        for (int i = 1; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean plain = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || "-._~!$&'()*+,;=:@/".indexOf(c) >= 0;
            if (!plain) {
                return false;
            }
        }
        return true;
    }

    private static boolean isUri(String value) {
        if (SCHEMAS.contains(value)) {
            return true;
        }
        try {
            new URI(value);
        } catch (URISyntaxException e) {
            return false;
        }
        if (SCHEMAS.size() < SCHEMAS_KEPT) {
            SCHEMAS.add(value);
        }
        return true;
    }

    /**
     * Whether {@code value} is certainly a time the SDK parses ({@code OffsetDateTime}'s ISO format):
     * {@code yyyy-MM-ddTHH:mm:ss}, an optional fraction of 1 to 9 digits, then {@code Z} (what our producers write).
     * Any other form, valid or not, is left to the SDK.
     */
    static boolean isPlainTime(String value) {
        return PlainDates.instant(value) != null;
    }
}
