package org.golive.planning.rollout;

import tools.jackson.core.JsonGenerator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The plain values of a task's JSON ({@link TaskJson}) as Jackson's data binding writes them: null written as null,
 * numbers as they are, and dates and date-times as ISO text, formatted by hand for the years 0 to 9999 (the only ones a
 * plan holds) instead of through {@code DateTimeFormatter}.
 */
final class JsonValues {

    private JsonValues() {
    }

    static void strings(JsonGenerator json, List<String> values) {
        if (values == null) {
            json.writeNull();
            return;
        }
        json.writeStartArray();
        for (String value : values) {
            string(json, value);
        }
        json.writeEndArray();
    }

    static void string(JsonGenerator json, String value) {
        if (value == null) {
            json.writeNull();
        } else {
            json.writeString(value);
        }
    }

    static void number(JsonGenerator json, Integer value) {
        if (value == null) {
            json.writeNull();
        } else {
            json.writeNumber(value.intValue());
        }
    }

    static void number(JsonGenerator json, BigDecimal value) {
        if (value == null) {
            json.writeNull();
        } else {
            json.writeNumber(value);
        }
    }

    /** {@code yyyy-MM-dd} by hand for years 0 to 9999, which is what {@code LocalDate.toString} gives for them. */
    static void date(JsonGenerator json, LocalDate date) {
        if (date == null) {
            json.writeNull();
        } else if (date.getYear() < 0 || date.getYear() > 9999) {
            json.writeString(date.toString());
        } else {
            char[] text = new char[10];
            isoDate(text, date);
            json.writeString(text, 0, 10);
        }
    }

    /** {@code yyyy-MM-ddTHH:mm:ss} by hand, as ISO-8601 writes a whole second; anything else as ISO-8601 writes it. */
    static void dateTime(JsonGenerator json, LocalDateTime time) {
        if (time == null) {
            json.writeNull();
        } else if (time.getNano() != 0 || time.getYear() < 0 || time.getYear() > 9999) {
            json.writeString(DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(time));
        } else {
            char[] text = new char[19];
            isoDate(text, time.toLocalDate());
            text[10] = 'T';
            twoDigits(text, 11, time.getHour());
            text[13] = ':';
            twoDigits(text, 14, time.getMinute());
            text[16] = ':';
            twoDigits(text, 17, time.getSecond());
            json.writeString(text, 0, 19);
        }
    }

    private static void isoDate(char[] text, LocalDate date) {
        int year = date.getYear();
        text[0] = (char) ('0' + year / 1000);
        text[1] = (char) ('0' + year / 100 % 10);
        text[2] = (char) ('0' + year / 10 % 10);
        text[3] = (char) ('0' + year % 10);
        text[4] = '-';
        twoDigits(text, 5, date.getMonthValue());
        text[7] = '-';
        twoDigits(text, 8, date.getDayOfMonth());
    }

    private static void twoDigits(char[] text, int at, int value) {
        text[at] = (char) ('0' + value / 10);
        text[at + 1] = (char) ('0' + value % 10);
    }
}
