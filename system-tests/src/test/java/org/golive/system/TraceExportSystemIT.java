package org.golive.system;

import org.golive.testsupport.GoLiveDates;
import org.golive.testsupport.HttpJson;
import org.golive.testsupport.OtlpTraceReceiver.ExportedSpan;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What ops see in their trace backend (OTLP export, OTEL_EXPORTER_OTLP_ENDPOINT): one request's trace, started by the
 * caller, holds the gateway's span, planning's span and, through the outbox and Kafka, the spans of the services that
 * consumed the event it raised.
 */
class TraceExportSystemIT {

    /** OTLP's span kinds. */
    private static final int SERVER = 2;
    private static final int CONSUMER = 5;

    private final HttpJson gateway = GoliveStack.gateway();

    @Test
    void oneRequestsTraceReachesTheCollectorFromTheGatewayPlanningAndTheConsumersOfItsEvent() {
        String programId = gateway.post("/api/planning/programs", Map.of("name", "Traced program", "sponsor", "CIO"))
                .json().get("id").asString();
        String waveId = gateway.post("/api/planning/programs/" + programId + "/waves", Map.of("name", "Traced wave"))
                .json().get("id").asString();
        String traceId = HexFormat.of().formatHex(randomBytes(16));

        HttpJson.Reply rollout = gateway.send(HttpRequest.newBuilder(gateway.uri("/api/planning/programs/"
                        + programId + "/rollouts"))
                .header("Content-Type", "application/json")
                .header("traceparent", "00-" + traceId + "-" + HexFormat.of().formatHex(randomBytes(8)) + "-01")
                .POST(HttpRequest.BodyPublishers.ofString(HttpJson.json(Map.of("siteName", "Traced Hospital",
                        "siteType", "HOSPITAL", "goLiveDate", GoLiveDates.saturdayWeeksAhead(20).toString(),
                        "waveId", waveId, "beds", 100, "users", 500)))));
        assertThat(rollout.status()).isEqualTo(201);

        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
            List<ExportedSpan> trace = GoliveStack.traces().spans().stream()
                    .filter(span -> traceId.equals(span.traceId())).toList();
            assertThat(trace).anyMatch(span -> "gateway".equals(span.service()) && span.kind() == SERVER);
            assertThat(trace).anyMatch(span -> "planning".equals(span.service()) && span.kind() == SERVER);
            assertThat(trace).as("the rollout-created event's consumers, across the outbox and Kafka")
                    .anyMatch(span -> "tracking".equals(span.service()) && span.kind() == CONSUMER)
                    .anyMatch(span -> "budget".equals(span.service()) && span.kind() == CONSUMER);
        });
    }

    private static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        ThreadLocalRandom.current().nextBytes(bytes);
        return bytes;
    }
}
