package org.golive.planning;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A new rollout's go-live lies between today and ten years ahead, unless the request records history. */
class RolloutGoLiveDateIT extends PlanningServiceHarness {

    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);

    private String rollouts() {
        String programId = admin.post("/programs", Map.of("name", "Dated program")).json().get("id").asString();
        return "/programs/" + programId + "/rollouts";
    }

    private Map<String, Object> site(LocalDate goLive) {
        return Map.of("siteName", "Dated Hospital", "siteType", "HOSPITAL", "goLiveDate", goLive.toString());
    }

    @Test
    void aGoLiveInThePastIsRefusedNamingTheFieldUnlessTheRequestRecordsHistory() {
        String rollouts = rollouts();
        LocalDate lastYear = today.minusYears(1);

        var refused = admin.post(rollouts, site(lastYear));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("errors").get("goLiveDate").asString())
                .contains("in the past", lastYear.toString(), "\"history\": true");
        assertThat(admin.get(rollouts).json().size()).as("nothing was created").isZero();

        var history = new HashMap<String, Object>(site(lastYear));
        history.put("history", true);
        var recorded = admin.post(rollouts, history);
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        assertThat(recorded.json().get("goLiveDate").asString()).isEqualTo(lastYear.toString());
    }

    @Test
    void aGoLiveMoreThanTenYearsAheadIsRefusedEvenAsHistory() {
        String rollouts = rollouts();

        var tooFar = admin.post(rollouts, site(today.plusYears(10).plusDays(1)));
        var history = new HashMap<String, Object>(site(today.plusYears(10).plusDays(1)));
        history.put("history", true);
        var tooFarHistory = admin.post(rollouts, history);

        assertThat(tooFar.status()).isEqualTo(422);
        assertThat(tooFar.json().get("errors").get("goLiveDate").asString()).contains("more than 10 years ahead");
        assertThat(tooFarHistory.status()).isEqualTo(422);
        assertThat(admin.post(rollouts, site(today.plusYears(10))).status()).isEqualTo(201);
        assertThat(admin.post(rollouts, site(today)).status()).as("today is not the past").isEqualTo(201);
    }
}
