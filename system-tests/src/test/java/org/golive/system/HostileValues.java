package org.golive.system;

import java.util.ArrayList;
import java.util.List;

/**
 * Classes of bad input, each a named list of raw values: JSON text for a field of a body, URL-encoded text for a path
 * or query parameter. Raw, so that they can be what no JSON library would write (a lone surrogate, an exponent of a
 * billion, NaN).
 */
final class HostileValues {

    record Value(String kind, String text) {
    }

    private HostileValues() {
    }

    /** JSON text to put where a body has a field, an element or a list. */
    static List<Value> forJsonField() {
        List<Value> values = new ArrayList<>();
        add(values, "type", "\"hostile\"", "7", "true", "{}", "[]", "null", "{\"a\":null}", "[[]]");
        add(values, "null-element", "[null]", "[\"a\",null]", "[{}, null]", "{\"k\":null}");
        add(values, "number", "1e999999999", "-1e999999999", "1e-999999999", "12.5", "-1", "0", "-0.0",
                "2147483648", "-2147483649", "9223372036854775808", "1" + "0".repeat(70), "0." + "0".repeat(60) + "1",
                "1E+2", "0.1234567890123456789", "123456789012345678901234.5");
        add(values, "bad-json-number", "NaN", "Infinity", "0x10", "01", "+1", ".5", "1.", "1e");
        add(values, "text", "\"\"", "\"   \"", "\"" + "x".repeat(5_000) + "\"", "\"" + "y".repeat(150_000) + "\"",
                "\"<script>alert(1)</script>\"", "\"' OR '1'='1\"", "\"${jndi:ldap://127.0.0.1/a}\"",
                "\"%s%s%n\"", "\"../../etc/passwd\"", "\"line\\nbreak\"", "\"\\uFEFF\"", "\"\\u202Eevil\"",
                "\"\\uD83D\\uDE00\"", "{\"$gt\":\"\"}", "\"$where\"");
        add(values, "control", "\"\\u0000\"", "\"a\\u0000b\"", "\"\\u001B[2J\"", "\"\\u0007\"", "\"\\u007F\"",
                "\"\\u0085\"");
        add(values, "surrogate", "\"\\uD800\"", "\"\\uDFFF\"", "\"a\\uDBFFb\"", "\"\\uDE00\\uD83D\"");
        add(values, "date", "\"-999999999-01-01\"", "\"+999999999-12-31\"", "\"0000-01-01\"", "\"1899-12-31\"",
                "\"2200-01-01\"", "\"2027-02-30\"", "\"2027-13-01\"", "\"27-6-5\"", "\"2027-06-05T00:00:00Z\"",
                "\"9999-12-31\"", "\"2027-06\"");
        add(values, "size", "[" + "{},".repeat(2_000) + "{}]", "[" + "\"a\",".repeat(20_000) + "\"a\"]");
        add(values, "depth", "[".repeat(100) + "]".repeat(100), "{\"a\":".repeat(100) + "1" + "}".repeat(100),
                "[".repeat(20) + "]".repeat(20));
        return values;
    }

    /** URL-encoded text to put in a path or query parameter. */
    static List<Value> forParameter() {
        List<Value> values = new ArrayList<>();
        add(values, "param-encoding", "%00", "a%00b", "%C3%28", "%FF%FE", "%F0%9F%98%80", "%ED%A0%80", "%0D%0AX:1",
                "%1B%5B2J");
        add(values, "param-path", "..%2F..", "%2E%2E", "%2F", "%5C", "%20", "%25", "%3B", "%7B%7D", "%5B%5D");
        add(values, "param-id", "-1", "0", "99999999999999999999", "2147483648", "null", "undefined", "%24ne",
                "%27%22", "x".repeat(5_000));
        add(values, "param-number", "1e999999999", "-1e999999999", "1e-999999999", "NaN", "0x10", "12.5",
                "-999999999");
        return values;
    }

    private static void add(List<Value> values, String kind, String... texts) {
        for (String text : texts) {
            values.add(new Value(kind, text));
        }
    }
}
