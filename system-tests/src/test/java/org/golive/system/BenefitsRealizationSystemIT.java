package org.golive.system;

import org.golive.testsupport.HttpJson;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Finance holds the demo program's realized benefits against its fiscal plans, through the gateway: budget publishes
 * each site's assumed benefits, tracking measures the realized ones on the monetary KPI, per site, wave and program.
 */
class BenefitsRealizationSystemIT {

    private final HttpJson pmo = GoliveStack.gateway();

    @Test
    void financeSeesTheLivePilotsRealizedBenefitsAgainstItsBusinessCase() {
        String programId = demoProgramId();
        HttpJson finance = GoliveStack.gatewayAs("finance");
        String path = "/api/tracking/benefits/programs/" + programId + "/realization";

        JsonNode program = await().atMost(Duration.ofSeconds(60)).until(() -> finance.get(path).json(),
                p -> p.get("total").get("sitesCompared").asInt() == 10);
        assertThat(program.get("currency").asString()).isEqualTo("USD");
        assertThat(program.get("waves")).hasSize(3);
        JsonNode live = null;
        for (JsonNode site : program.get("sites")) {
            assertThat(site.get("assumedFrom").asString()).isEqualTo("FISCAL_PLAN");
            if (site.get("monthsLive").asInt() > 0) {
                live = site;
            } else {
                assertThat(site.get("realizationRatio").isNull()).as("not live: no ratio").isTrue();
            }
        }
        assertThat(live).as("the live pilot").isNotNull();
        assertThat(live.get("assumedToDate").decimalValue()).isPositive();
        assertThat(live.get("realizedToDate").decimalValue()).isPositive();
        assertThat(live.get("realizationRatio").decimalValue()).isPositive()
                .isEqualByComparingTo(program.get("total").get("realizationRatio").decimalValue());

        String rollout = "/api/tracking/benefits/rollouts/" + live.get("rolloutId").asString() + "/realization";
        assertThat(GoliveStack.gatewayAs("viewer").get(rollout).json().get("realizedToDate").decimalValue())
                .isEqualByComparingTo(live.get("realizedToDate").decimalValue());
        assertThat(GoliveStack.gatewayAs("pm.north").get(path).status()).as("program money").isEqualTo(403);
        HttpJson.Reply future = finance.get(path + "?upTo=2999-01");
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.contentType()).startsWith("application/problem+json");
    }

    private String demoProgramId() {
        for (JsonNode program : pmo.get("/api/tracking/portfolio").json().get("programs")) {
            if ("Northwind Health EHR Program".equals(program.get("name").asString())) {
                return program.get("programId").asString();
            }
        }
        throw new AssertionError("The demo program is missing");
    }
}
