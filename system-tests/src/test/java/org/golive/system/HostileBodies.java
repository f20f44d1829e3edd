package org.golive.system;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Whole bodies that attack the reader rather than a field: encodings, structure, duplicate keys, media types. */
final class HostileBodies {

    private HostileBodies() {
    }

    static List<HostileCase> forJson(ApiOperation operation, String url, String validBody) {
        List<HostileCase> cases = new ArrayList<>();
        String firstField = validBody.startsWith("{\"") ? validBody.substring(1, validBody.indexOf('"', 2) + 1) : null;
        add(cases, operation, url, "structure", "application/json", "", "null", "[]", "\"x\"", "7", "{}", "{",
                "}", validBody + " {}", validBody + "garbage", "[".repeat(10_000), "{\"a\":".repeat(5_000),
                "\u0000", validBody.replace(":", ": \u0000"), "{\"" + "k".repeat(100_000) + "\":1}",
                "{\"a\":" + "1".repeat(2_000) + "}");
        if (firstField != null) {
            add(cases, operation, url, "duplicate-key", "application/json",
                    "{" + firstField + ":null," + validBody.substring(1),
                    "{" + firstField + ":\"a\"," + firstField + ":\"b\"}",
                    "{\"a\":1,\"a\":2," + validBody.substring(1));
        }
        cases.add(raw(operation, url, "encoding", "application/json", invalidUtf8(validBody)));
        cases.add(raw(operation, url, "encoding", "application/json",
                concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, validBody.getBytes(StandardCharsets.UTF_8))));
        cases.add(raw(operation, url, "encoding", "application/json", validBody.getBytes(StandardCharsets.UTF_16)));
        cases.add(raw(operation, url, "encoding", "application/json; charset=UTF-16",
                validBody.getBytes(StandardCharsets.UTF_8)));
        cases.add(raw(operation, url, "encoding", "application/json; charset=nonsense",
                validBody.getBytes(StandardCharsets.UTF_8)));
        cases.add(raw(operation, url, "encoding", "application/json; charset=ISO-8859-1",
                validBody.replace("\"x\"", "\"\u00e9\u00ff\"").getBytes(StandardCharsets.ISO_8859_1)));
        cases.add(raw(operation, url, "size", "application/json", ("{\"a\":\"" + "z".repeat(2_000_000) + "\"}")
                .getBytes(StandardCharsets.UTF_8)));
        cases.add(raw(operation, url, "size", "application/json", (" ".repeat(900_000) + validBody)
                .getBytes(StandardCharsets.UTF_8)));
        return cases;
    }

    /** An import's file: Microsoft Project XML or ERP CSV, hostile. */
    static List<HostileCase> forFile(ApiOperation operation, String url) {
        List<HostileCase> cases = new ArrayList<>();
        String type = operation.bodyType();
        add(cases, operation, url, "file", type, "", "\u0000", "<", "<?xml version=\"1.0\"?><Project/>",
                "<!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]><Project>&b;</Project>",
                "<!DOCTYPE x SYSTEM \"file:///etc/passwd\"><Project/>",
                "<Project xmlns=\"http://schemas.microsoft.com/project\">" + "<a>".repeat(5_000) + "</Project>",
                project("-PT8H0M0S", "0"), project("PT-8H0M0S", "0"), project("PT12H0M0S", "50.5"),
                project("PT99999999999H0M0S", "0"), project("PT8H0M0S", "-20"), project("P1Y", "100"),
                project("PT8H0M0S\u0000", "0"),
                "date,category,amount\n2027-01-01,SOFTWARE,1e999999999\n",
                "transaction_id,date,category,amount\n\u0000,-999999999-01-01,SOFTWARE,1\n",
                "\"unbalanced,quote\n" + "a,".repeat(20_000) + "\n", "a\u0000b,c\r\n".repeat(1_000));
        cases.add(raw(operation, url, "encoding", type, invalidUtf8("<Project><Name>x</Name></Project>")));
        return cases;
    }

    static List<HostileCase> mediaTypes(ApiOperation operation, String url, String body) {
        List<HostileCase> cases = new ArrayList<>();
        for (String type : List.of("application/x-www-form-urlencoded", "text/plain", "application/xml",
                "multipart/form-data; boundary=x", "application/octet-stream", "application/json-patch+json",
                "*/*", "application/json;;", "nonsense", "application/cbor")) {
            cases.add(raw(operation, url, "media-type", type, body.getBytes(StandardCharsets.UTF_8)));
        }
        cases.add(raw(operation, url, "media-type", null, body.getBytes(StandardCharsets.UTF_8)));
        cases.add(raw(operation, url, "media-type", "application/x-www-form-urlencoded",
                "name=%00&siteName=x&goLiveDate=-999999999-01-01".getBytes(StandardCharsets.UTF_8)));
        return cases;
    }

    private static String project(String duration, String percentComplete) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <Project xmlns="http://schemas.microsoft.com/project"><Name>Hostile</Name>
                <StartDate>2027-01-04T08:00:00</StartDate><Tasks>
                <Task><UID>0</UID><ID>0</ID><Name>Hostile</Name><OutlineLevel>0</OutlineLevel><Summary>1</Summary></Task>
                <Task><UID>1</UID><ID>1</ID><Name>A</Name><OutlineLevel>1</OutlineLevel>
                <Start>2027-01-04T08:00:00</Start><Finish>2027-01-04T17:00:00</Finish><Duration>%s</Duration>
                <PercentComplete>%s</PercentComplete><ActualStart>0000-01-01T08:00:00</ActualStart></Task>
                </Tasks></Project>""".formatted(duration, percentComplete);
    }

    private static void add(List<HostileCase> cases, ApiOperation operation, String url, String kind,
                            String contentType, String... bodies) {
        for (String body : bodies) {
            cases.add(raw(operation, url, kind, contentType, body.getBytes(StandardCharsets.UTF_8)));
        }
    }

    private static HostileCase raw(ApiOperation operation, String url, String kind, String contentType, byte[] body) {
        return new HostileCase(kind, operation.describe(), "body", operation.method(), url, contentType, body,
                Map.of());
    }

    /** The body with a byte sequence that is not UTF-8 inside its first string. */
    private static byte[] invalidUtf8(String body) {
        byte[] utf8 = body.getBytes(StandardCharsets.UTF_8);
        int quote = body.indexOf('"');
        int at = quote < 0 ? 0 : quote + 1;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(utf8, 0, at);
        out.writeBytes(new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xED, (byte) 0xA0, (byte) 0x80});
        out.write(utf8, at, utf8.length - at);
        return out.toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = new byte[a.length + b.length];
        System.arraycopy(a, 0, both, 0, a.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
