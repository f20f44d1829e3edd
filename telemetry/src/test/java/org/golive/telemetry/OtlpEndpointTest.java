package org.golive.telemetry;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/** The OpenTelemetry variables ops set turn trace export on; nothing set (or set empty) leaves it off. */
class OtlpEndpointTest {

    @Test
    void theBaseEndpointGetsTheTracesPath() {
        assertThat(exportedTo(new MockEnvironment().withProperty("OTEL_EXPORTER_OTLP_ENDPOINT",
                "http://collector:4318/"))).isEqualTo("http://collector:4318/v1/traces");
    }

    @Test
    void theTracesEndpointIsUsedAsItIs() {
        assertThat(exportedTo(new MockEnvironment()
                .withProperty("OTEL_EXPORTER_OTLP_ENDPOINT", "http://collector:4318")
                .withProperty("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", "https://traces.example.org/otlp"))).isEqualTo(
                "https://traces.example.org/otlp");
    }

    @Test
    void nothingOrAnEmptyVariableExportsNothing() {
        assertThat(exportedTo(new MockEnvironment())).isNull();
        assertThat(exportedTo(new MockEnvironment().withProperty("OTEL_EXPORTER_OTLP_ENDPOINT", ""))).isNull();
    }

    @Test
    void bootsOwnPropertyWins() {
        assertThat(exportedTo(new MockEnvironment()
                .withProperty("OTEL_EXPORTER_OTLP_ENDPOINT", "http://collector:4318")
                .withProperty(OtlpEndpoint.BOOT_PROPERTY, "http://other:4318/v1/traces")))
                .isEqualTo("http://other:4318/v1/traces");
    }

    private static String exportedTo(MockEnvironment environment) {
        new OtlpEndpoint().postProcessEnvironment(environment, new SpringApplication());
        return environment.getProperty(OtlpEndpoint.BOOT_PROPERTY);
    }
}
