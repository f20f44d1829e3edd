package org.golive.telemetry;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.trace.samplers.Sampler;
import io.opentelemetry.sdk.trace.samplers.SamplingDecision;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.micrometer.tracing.opentelemetry.autoconfigure.OpenTelemetryTracingAutoConfiguration;
import org.springframework.boot.opentelemetry.autoconfigure.OpenTelemetrySdkAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

import java.util.List;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A process with this module traces one new trace in ten (a setting), and keeps or drops a caller's trace as the
 * caller decided; a trace not kept still names the log lines. What the gateway and every service do.
 */
class TraceSamplingTest {

    private static final int TRACES = 1_000;
    private static final String CALLER_SPAN = "00f067aa0ba902b7";

    @Test
    void oneNewTraceInTenIsKept() {
        try (ConfigurableApplicationContext context = start()) {
            assertThat(keptOf(context.getBean(Sampler.class), evenlySpreadTraceIds())).isEqualTo(TRACES / 10);
        }
    }

    @Test
    void theSettingKeepsEveryTrace() {
        try (ConfigurableApplicationContext context = start("--management.tracing.sampling.probability=1.0")) {
            assertThat(keptOf(context.getBean(Sampler.class), evenlySpreadTraceIds())).isEqualTo(TRACES);
        }
    }

    @Test
    void aCallersDecisionStands() {
        try (ConfigurableApplicationContext context = start()) {
            Sampler sampler = context.getBean(Sampler.class);
            List<String> traceIds = evenlySpreadTraceIds();
            assertThat(traceIds).allMatch(traceId -> kept(sampler, traceId, TraceFlags.getSampled()));
            assertThat(traceIds).noneMatch(traceId -> kept(sampler, traceId, TraceFlags.getDefault()));
        }
    }

    @Test
    void aTraceNotKeptStillNamesItsLogLines() {
        try (ConfigurableApplicationContext context = start()) {
            Tracer tracer = context.getBean(Tracer.class);
            TraceContext caller = tracer.traceContextBuilder().traceId(evenlySpreadTraceIds().get(TRACES - 1))
                    .spanId(CALLER_SPAN).sampled(false).build();
            Span span = tracer.spanBuilder().setParent(caller).name("GET /rollouts").start();
            try (Tracer.SpanInScope ignored = tracer.withSpan(span)) {
                assertThat(span.isNoop()).as("not recorded").isTrue();
                assertThat(MDC.get("traceId")).isEqualTo(evenlySpreadTraceIds().get(TRACES - 1));
            } finally {
                span.end();
            }
        }
    }

    /** Trace ids whose random part (the lower 64 bits, what ratio sampling compares) spreads evenly over its range. */
    private static List<String> evenlySpreadTraceIds() {
        long step = Long.MAX_VALUE / TRACES;
        return LongStream.range(0, TRACES).mapToObj(i -> "%016x%016x".formatted(i + 1, i * step + step / 2)).toList();
    }

    private static long keptOf(Sampler sampler, List<String> traceIds) {
        return traceIds.stream().filter(traceId -> sampler.shouldSample(Context.root(), traceId, "GET /rollouts",
                SpanKind.SERVER, Attributes.empty(), List.of()).getDecision() == SamplingDecision.RECORD_AND_SAMPLE).count();
    }

    /** A request that came with the caller's traceparent, sampled or not. */
    private static boolean kept(Sampler sampler, String traceId, TraceFlags callersFlags) {
        Context caller = Context.root().with(io.opentelemetry.api.trace.Span.wrap(SpanContext.createFromRemoteParent(traceId, CALLER_SPAN,
                callersFlags, TraceState.getDefault())));
        return sampler.shouldSample(caller, traceId, "GET /rollouts", SpanKind.SERVER, Attributes.empty(), List.of())
                .getDecision() == SamplingDecision.RECORD_AND_SAMPLE;
    }

    private static ConfigurableApplicationContext start(String... args) {
        return new SpringApplicationBuilder(Traced.class).web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false).run(args);
    }

    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration({OpenTelemetrySdkAutoConfiguration.class, OpenTelemetryTracingAutoConfiguration.class})
    static class Traced {
    }
}
