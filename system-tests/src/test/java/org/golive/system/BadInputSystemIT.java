package org.golive.system;

import org.golive.testsupport.GoLiveDates;
import org.golive.testsupport.HttpJson;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Bad input to the slice's endpoints, through the gateway: always a 4xx problem response, never a 500. */
class BadInputSystemIT {

    private static final HttpJson GATEWAY = GoliveStack.gateway();
    private static final String PROGRAM_ID = GATEWAY.post("/api/planning/programs", Map.of("name", "Bad input"))
            .json().get("id").asString();
    /** A go-live planning accepts whenever the suite runs: each case is refused for its own reason, not the date. */
    private static final String GO_LIVE = GoLiveDates.saturdayWeeksAhead(20).toString();
    private static final String ROLLOUTS = "/api/planning/programs/" + PROGRAM_ID + "/rollouts";

    static Stream<Arguments> badRequests() {
        return Stream.of(
                Arguments.of("missing fields", "POST", ROLLOUTS, "{\"siteName\":\"X\"}", 400),
                Arguments.of("empty program name", "POST", "/api/planning/programs", "{\"name\":\"  \"}", 400),
                Arguments.of("wrong type", "POST", ROLLOUTS,
                        "{\"siteName\":\"X\",\"siteType\":\"HOSPITAL\",\"goLiveDate\":\"" + GO_LIVE + "\",\"beds\":\"many\"}", 400),
                Arguments.of("unknown site type", "POST", ROLLOUTS,
                        "{\"siteName\":\"X\",\"siteType\":\"CASTLE\",\"goLiveDate\":\"" + GO_LIVE + "\"}", 400),
                Arguments.of("impossible date", "POST", ROLLOUTS,
                        "{\"siteName\":\"X\",\"siteType\":\"HOSPITAL\",\"goLiveDate\":\"2027-13-01\"}", 400),
                Arguments.of("malformed JSON", "POST", ROLLOUTS, "{\"siteName\": \"X\",", 400),
                Arguments.of("not JSON at all", "POST", "/api/planning/programs", "name=X", 400),
                Arguments.of("unknown wave", "POST", ROLLOUTS,
                        "{\"siteName\":\"X\",\"siteType\":\"HOSPITAL\",\"goLiveDate\":\"" + GO_LIVE + "\",\"waveId\":\"nope\"}", 422),
                Arguments.of("unknown program", "POST", "/api/planning/programs/nope/rollouts",
                        "{\"siteName\":\"X\",\"siteType\":\"HOSPITAL\",\"goLiveDate\":\"" + GO_LIVE + "\"}", 404),
                Arguments.of("unknown rollout", "GET", "/api/planning/rollouts/nope", null, 404),
                Arguments.of("unknown budget", "GET", "/api/budgets/rollouts/nope", null, 404),
                Arguments.of("unknown portfolio entry", "GET", "/api/tracking/portfolio/rollouts/nope", null, 404),
                Arguments.of("huge body", "POST", "/api/planning/programs",
                        "{\"name\":\"" + "x".repeat(3_000_000) + "\"}", 413));
    }

    @ParameterizedTest(name = "{0} -> {4}")
    @MethodSource("badRequests")
    void badInputGetsAProblemResponse(String what, String method, String path, String body, int status) {
        HttpJson.Reply reply = "GET".equals(method) ? GATEWAY.get(path) : GATEWAY.postRaw(path, body);

        assertThat(reply.status()).as(what).isEqualTo(status);
        assertThat(reply.contentType()).as(what).startsWith("application/problem+json");
        assertThat(GATEWAY.get(ROLLOUTS).json().size()).as("nothing half-written").isZero();
    }
}
