package org.golive.platform.consumer;

import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Event data's dates read by hand give what Jackson's own readers give, and refuse what they refuse. */
class PlainDatesTest {

    record Dates(Instant at, LocalDate on) {
    }

    private static final JsonMapper JACKSON = JsonMapper.builder().build();
    private static final ObjectReader OWN = PlainDates.on(JACKSON).readerFor(Dates.class);
    private static final ObjectReader REFERENCE = JACKSON.readerFor(Dates.class);

    @Test
    void theFormsOurProducersWriteAreReadByHandAsJacksonReadsThem() {
        for (String at : List.of("2026-11-25T09:30:00Z", "2026-11-25T09:30:00.1Z", "2026-11-25T09:30:00.123456789Z",
                "2024-02-29T23:59:59.000001Z", "1970-01-01T00:00:00Z", "1969-12-31T23:59:59.999Z")) {
            assertThat(PlainDates.instant(at)).as(at).isEqualTo(Instant.parse(at));
        }
        for (String on : List.of("2026-11-25", "2024-02-29", "2026-12-31", "0001-01-01")) {
            assertThat(PlainDates.localDate(on)).as(on).isEqualTo(LocalDate.parse(on));
        }
    }

    @Test
    void anyValueIsReadOrRefusedAsJacksonReadsOrRefusesIt() {
        List<String> values = List.of("\"2026-11-25T09:30:00Z\"", "\"2026-11-25T09:30:00.5Z\"", "\"2026-02-29T00:00:00Z\"",
                "\"2026-04-31T00:00:00Z\"", "\"2026-11-25T24:00:00Z\"", "\"2026-11-25T09:60:00Z\"",
                "\"2026-11-25T09:30:60Z\"", "\"2026-11-25T09:30:00.1234567890Z\"", "\"2026-11-25T09:30:00.Z\"",
                "\"2026-11-25T09:30:00+01:00\"", "\"2026-11-25T09:30Z\"", "\"2026-11-25 09:30:00Z\"",
                "\"2026-11-25T09:30:00z\"", "\" 2026-11-25T09:30:00Z\"", "\"2026-11-25\"", "\"2026-02-29\"",
                "\"2024-02-29\"", "\"2026-13-01\"", "\"2026-00-01\"", "\"2026-1-25\"", "\"20261125\"",
                "\"2026-11-25T00:00:00\"", "\"+12026-11-25\"", "\"\"", "\"yesterday\"", "1764063000", "1764063000.5",
                "null", "[2026,11,25]", "true");
        int compared = 0;
        for (String value : values) {
            for (String field : List.of("at", "on")) {
                String json = "{\"" + field + "\":" + value + "}";
                Object expected = read(REFERENCE, json);
                assertThat(read(OWN, json)).as(json).isEqualTo(expected);
                compared++;
            }
        }
        assertThat(compared).isEqualTo(values.size() * 2);
    }

    /** The value read, or the kind of refusal. */
    private static Object read(ObjectReader reader, String json) {
        try {
            Object value = reader.readValue(json);
            return value == null ? "absent" : value;
        } catch (JacksonException e) {
            return "refused: " + e.getClass().getSimpleName();
        }
    }
}
