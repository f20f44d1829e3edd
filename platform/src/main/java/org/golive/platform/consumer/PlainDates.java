package org.golive.platform.consumer;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.ext.javatime.deser.InstantDeserializer;
import tools.jackson.databind.ext.javatime.deser.LocalDateDeserializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Function;

/**
 * Event data's dates in the form our producers write them ({@code 2026-11-25}, {@code 2026-11-25T09:30:00.123Z}) read
 * by hand: Jackson's own readers go through {@code DateTimeFormatter}'s general parser, a sizeable share of decoding a
 * replayed record. Anything else (another form, a number, an invalid date) goes to Jackson's own reader unchanged, so
 * the values read and the data refused are the same ({@code PlainDatesTest}).
 */
final class PlainDates {

    private PlainDates() {
    }

    /** {@code json} with these readers for {@link Instant} and {@link LocalDate}. */
    static JsonMapper on(JsonMapper json) {
        SimpleModule module = new SimpleModule("golive-plain-dates");
        module.addDeserializer(Instant.class, typed(new PlainFirst(InstantDeserializer.INSTANT, PlainDates::instant)));
        module.addDeserializer(LocalDate.class,
                typed(new PlainFirst(LocalDateDeserializer.INSTANCE, PlainDates::localDate)));
        return json.rebuild().addModule(module).build();
    }

    /** Jackson's delegating reader is declared for {@code Object}; these return only their type's values. */
    @SuppressWarnings("unchecked")
    private static <T> ValueDeserializer<T> typed(ValueDeserializer<?> deserializer) {
        return (ValueDeserializer<T>) deserializer;
    }

    /** {@code yyyy-MM-dd}, or null when {@code text} is not exactly that with a valid date. */
    static LocalDate localDate(String text) {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        return year < 0 || month < 1 || month > 12 || day < 1 || day > daysIn(year, month)
                ? null : LocalDate.of(year, month, day);
    }

    /**
     * {@code yyyy-MM-ddTHH:mm:ss}, an optional fraction of 1 to 9 digits, then {@code Z}; or null when {@code text}
     * is not exactly that with a valid date and time.
     */
    static Instant instant(String text) {
        int length = text.length();
        if (length < 20 || text.charAt(length - 1) != 'Z' || text.charAt(10) != 'T' || text.charAt(13) != ':'
                || text.charAt(16) != ':') {
            return null;
        }
        LocalDate date = localDate(text.substring(0, 10));
        int hour = digits(text, 11, 13);
        int minute = digits(text, 14, 16);
        int second = digits(text, 17, 19);
        if (date == null || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
            return null;
        }
        int nanos = 0;
        if (length > 20) {
            int fraction = length - 21;
            if (text.charAt(19) != '.' || fraction < 1 || fraction > 9) {
                return null;
            }
            nanos = digits(text, 20, length - 1);
            if (nanos < 0) {
                return null;
            }
            for (int i = fraction; i < 9; i++) {
                nanos *= 10;
            }
        }
        return Instant.ofEpochSecond(date.toEpochDay() * 86_400 + hour * 3_600L + minute * 60L + second, nanos);
    }

    static int daysIn(int year, int month) {
        return switch (month) {
            case 2 -> year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    /** The number the digits between {@code from} and {@code to} make, or -1 if one is no digit. */
    static int digits(String text, int from, int to) {
        int number = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            number = number * 10 + (c - '0');
        }
        return number;
    }

    /** A date's deserializer that reads the plain form by hand ({@code plain}: null when it cannot), else Jackson's. */
    private static final class PlainFirst extends DelegatingDeserializer {

        private final Function<String, ?> plain;

        PlainFirst(ValueDeserializer<?> delegate, Function<String, ?> plain) {
            super(delegate);
            this.plain = plain;
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
            return new PlainFirst(delegate, plain);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
            if (parser.hasToken(JsonToken.VALUE_STRING)) {
                Object read = plain.apply(parser.getString());
                if (read != null) {
                    return read;
                }
            }
            return super.deserialize(parser, context);
        }
    }
}
