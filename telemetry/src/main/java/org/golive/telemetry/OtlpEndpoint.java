package org.golive.telemetry;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.util.Map;

/**
 * Trace export by the OpenTelemetry environment variables ops already set for every other workload:
 * {@code OTEL_EXPORTER_OTLP_TRACES_ENDPOINT} (used as is) or {@code OTEL_EXPORTER_OTLP_ENDPOINT} (the base, the
 * spec's {@code /v1/traces} appended), OTLP over HTTP. Neither set (or empty, as compose passes an unset one): no
 * exporter, since Boot exports only when {@value #BOOT_PROPERTY} is present. Boot's own property wins when given.
 */
public class OtlpEndpoint implements EnvironmentPostProcessor {

    static final String BOOT_PROPERTY = "management.opentelemetry.tracing.export.otlp.endpoint";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String endpoint = tracesEndpoint(environment.getProperty("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT"),
                environment.getProperty("OTEL_EXPORTER_OTLP_ENDPOINT"));
        if (endpoint != null && !environment.containsProperty(BOOT_PROPERTY)) {
            environment.getPropertySources().addLast(new MapPropertySource("goliveOtlpEndpoint",
                    Map.of(BOOT_PROPERTY, endpoint)));
        }
    }

    static String tracesEndpoint(String traces, String base) {
        if (traces != null && !traces.isBlank()) {
            return traces.strip();
        }
        if (base != null && !base.isBlank()) {
            String stripped = base.strip();
            return (stripped.endsWith("/") ? stripped.substring(0, stripped.length() - 1) : stripped) + "/v1/traces";
        }
        return null;
    }
}
