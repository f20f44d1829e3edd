package org.golive.testsupport;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.GZIPInputStream;

/**
 * A trace collector for tests: accepts what an OTLP/HTTP exporter sends to {@code <endpoint>/v1/traces} (protobuf,
 * gzip or not) and keeps each span's service, trace id, name and kind. Reads only those fields of the OTLP messages,
 * so it needs no protobuf library.
 */
public final class OtlpTraceReceiver implements AutoCloseable {

    /** A span as exported: {@code kind} as OTLP numbers it (2 SERVER, 3 CLIENT, 4 PRODUCER, 5 CONSUMER). */
    public record ExportedSpan(String service, String traceId, String name, int kind) {
    }

    private final HttpServer server;
    private final List<ExportedSpan> spans = new CopyOnWriteArrayList<>();

    private OtlpTraceReceiver(HttpServer server) {
        this.server = server;
    }

    public static OtlpTraceReceiver start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            OtlpTraceReceiver receiver = new OtlpTraceReceiver(server);
            server.createContext("/v1/traces", exchange -> {
                try (InputStream body = "gzip".equalsIgnoreCase(exchange.getRequestHeaders()
                        .getFirst("Content-Encoding")) ? new GZIPInputStream(exchange.getRequestBody())
                        : exchange.getRequestBody()) {
                    receiver.spans.addAll(exportRequest(ByteBuffer.wrap(body.readAllBytes())));
                    exchange.getResponseHeaders().set("Content-Type", "application/x-protobuf");
                    exchange.sendResponseHeaders(200, -1);
                } catch (RuntimeException e) {
                    exchange.sendResponseHeaders(400, -1);
                } finally {
                    exchange.close();
                }
            });
            server.start();
            return receiver;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The base endpoint, as {@code OTEL_EXPORTER_OTLP_ENDPOINT} takes it. */
    public String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public List<ExportedSpan> spans() {
        return List.copyOf(spans);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    // ExportTraceServiceRequest { repeated ResourceSpans resource_spans = 1; }
    private static List<ExportedSpan> exportRequest(ByteBuffer message) {
        List<ExportedSpan> found = new ArrayList<>();
        forEachField(message, (field, value) -> {
            if (field == 1) {
                found.addAll(resourceSpans(value));
            }
        });
        return found;
    }

    // ResourceSpans { Resource resource = 1; repeated ScopeSpans scope_spans = 2; }
    private static List<ExportedSpan> resourceSpans(ByteBuffer message) {
        String[] service = {null};
        List<ByteBuffer> scopes = new ArrayList<>();
        forEachField(message, (field, value) -> {
            if (field == 1) {
                service[0] = serviceName(value);
            } else if (field == 2) {
                scopes.add(value);
            }
        });
        List<ExportedSpan> found = new ArrayList<>();
        // ScopeSpans { InstrumentationScope scope = 1; repeated Span spans = 2; }
        scopes.forEach(scope -> forEachField(scope, (field, value) -> {
            if (field == 2) {
                found.add(span(service[0], value));
            }
        }));
        return found;
    }

    // Resource { repeated KeyValue attributes = 1; } KeyValue { string key = 1; AnyValue value = 2; }
    // AnyValue { string string_value = 1; ... }
    private static String serviceName(ByteBuffer resource) {
        String[] name = {null};
        forEachField(resource, (field, attribute) -> {
            if (field != 1) {
                return;
            }
            String[] key = {null};
            String[] text = {null};
            forEachField(attribute, (part, value) -> {
                if (part == 1) {
                    key[0] = text(value);
                } else if (part == 2) {
                    forEachField(value, (kind, string) -> {
                        if (kind == 1) {
                            text[0] = text(string);
                        }
                    });
                }
            });
            if ("service.name".equals(key[0])) {
                name[0] = text[0];
            }
        });
        return name[0];
    }

    // Span { bytes trace_id = 1; bytes span_id = 2; string trace_state = 3; bytes parent_span_id = 4;
    //        string name = 5; SpanKind kind = 6; ... }
    private static ExportedSpan span(String service, ByteBuffer message) {
        String[] traceId = {null};
        String[] name = {null};
        int[] kind = {0};
        forEachField(message, (field, value) -> {
            if (field == 1) {
                byte[] id = new byte[value.remaining()];
                value.get(id);
                traceId[0] = HexFormat.of().formatHex(id);
            } else if (field == 5) {
                name[0] = text(value);
            } else if (field == 6) {
                kind[0] = value.getInt();
            }
        });
        return new ExportedSpan(service, traceId[0], name[0], kind[0]);
    }

    private interface FieldVisitor {
        /** A length-delimited field's bytes, or a varint's value as a 4-byte buffer. */
        void visit(int field, ByteBuffer value);
    }

    private static void forEachField(ByteBuffer message, FieldVisitor visitor) {
        ByteBuffer in = message.slice();
        while (in.hasRemaining()) {
            long tag = varint(in);
            int field = (int) (tag >>> 3);
            switch ((int) (tag & 7)) {
                case 0 -> visitor.visit(field, ByteBuffer.allocate(4).putInt(0, (int) varint(in)));
                case 1 -> in.position(in.position() + 8);
                case 2 -> {
                    int length = (int) varint(in);
                    ByteBuffer value = in.slice(in.position(), length);
                    in.position(in.position() + length);
                    visitor.visit(field, value);
                }
                case 5 -> in.position(in.position() + 4);
                default -> throw new IllegalArgumentException("Unsupported protobuf wire type in field " + field);
            }
        }
    }

    private static long varint(ByteBuffer in) {
        long value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            byte b = in.get();
            value |= (long) (b & 0x7f) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
        }
        throw new IllegalArgumentException("Malformed varint");
    }

    private static String text(ByteBuffer value) {
        byte[] bytes = new byte[value.remaining()];
        value.duplicate().get(bytes);
        return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    }
}
