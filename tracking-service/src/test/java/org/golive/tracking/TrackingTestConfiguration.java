package org.golive.tracking;

import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.trace.ReadWriteSpan;
import io.opentelemetry.sdk.trace.ReadableSpan;
import io.opentelemetry.sdk.trace.SpanProcessor;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What every tracking integration test shares (one Spring context for all of them): today is 25 November 2026, so
 * days to go-live are exact, and the spans the service finishes are kept for tests to look at.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TrackingTestConfiguration {

    static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    @Bean
    MovableClock clock() {
        return new MovableClock();
    }

    /**
     * Stands still at {@link #NOW} unless a test moves it (the daily re-judge's next day); a test that moves it sets
     * it back when it ends, since every tracking IT shares this context.
     */
    static final class MovableClock extends Clock {

        private volatile Instant now = NOW;

        void set(Instant instant) {
            now = instant;
        }

        void reset() {
            now = NOW;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(now, zone);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Bean
    SentCommands sentCommands() {
        return new SentCommands();
    }

    @Bean
    MongoClientSettingsBuilderCustomizer recordSentCommands(SentCommands commands) {
        return settings -> settings.addCommandListener(commands);
    }

    @Bean
    FinishedSpans finishedSpans() {
        return new FinishedSpans();
    }

    /** A finished span: its trace id, kind (CONSUMER for a Kafka listener) and name. */
    record Span(String traceId, String kind, String name) {
    }

    static final class FinishedSpans implements SpanProcessor {

        final List<Span> spans = new CopyOnWriteArrayList<>();

        @Override
        public void onStart(Context parent, ReadWriteSpan span) {
        }

        @Override
        public boolean isStartRequired() {
            return false;
        }

        @Override
        public void onEnd(ReadableSpan span) {
            spans.add(new Span(span.getSpanContext().getTraceId(), span.getKind().name(), span.getName()));
        }

        @Override
        public boolean isEndRequired() {
            return true;
        }
    }
}
