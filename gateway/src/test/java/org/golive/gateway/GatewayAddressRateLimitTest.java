package org.golive.gateway;

import org.golive.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.test.context.TestPropertySource;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A flood without a token or with forged tokens is refused per client address with 429 before any token is checked
 * (the decoder is not asked again), while valid tokens from the same address are not counted against it.
 */
@TestPropertySource(properties = {
        "golive.gateway.rate-limit.anonymous-capacity=5",
        "golive.gateway.rate-limit.refill-period=1h"})
class GatewayAddressRateLimitTest extends GatewayInFrontOfPlanning {

    private static final AtomicInteger TOKENS_CHECKED = new AtomicInteger();

    /** The test identity provider's decoder, counting every token it is asked to check. */
    @TestConfiguration
    static class CountingDecoder {
        @Bean
        ReactiveJwtDecoder jwtDecoder() {
            ReactiveJwtDecoder decoder = TestTokens.reactiveDecoder();
            return token -> {
                TOKENS_CHECKED.incrementAndGet();
                return decoder.decode(token);
            };
        }
    }

    @Test
    void aFloodOfForgedAndMissingTokensIsRefusedBeforeTheirSignatureIsChecked() throws Exception {
        String valid = TestTokens.forRoles("busy-user", "VIEWER");
        for (int i = 0; i < 20; i++) {
            assertThat(call(valid).statusCode()).as("valid tokens do not use up the address's allowance")
                    .isEqualTo(200);
        }

        int checkedBefore = TOKENS_CHECKED.get();
        assertThat(call(null).statusCode()).isEqualTo(401);
        assertThat(call(null).statusCode()).isEqualTo(401);
        for (int i = 0; i < 3; i++) {
            assertThat(call(TestTokens.signedByAnotherKey("PMO_ADMIN")).statusCode()).isEqualTo(401);
        }
        assertThat(TOKENS_CHECKED.get() - checkedBefore).isEqualTo(3);

        for (int i = 0; i < 50; i++) {
            HttpResponse<String> refused = call(i % 2 == 0 ? null : TestTokens.signedByAnotherKey("PMO_ADMIN"));

            assertThat(refused.statusCode()).isEqualTo(429);
            assertThat(refused.headers().firstValue("Retry-After")).isPresent();
            assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        }
        assertThat(TOKENS_CHECKED.get() - checkedBefore).as("no signature checked past the limit").isEqualTo(3);
        assertThat(call(TestTokens.forRoles("new-user", "VIEWER")).statusCode())
                .as("a token not yet proved valid, from an address that flooded").isEqualTo(429);
        assertThat(call(valid).statusCode()).as("a token proved valid is not locked out by the flood").isEqualTo(200);
    }

    /** Signed-in users behind one address (a hospital's NAT) in flight at once, far more than its allowance of 5. */
    @Test
    void manySignedInRequestsInFlightFromOneAddressAreNotLimitedByIt() throws Exception {
        String valid = TestTokens.forRoles("ward-clerk", "VIEWER");
        assertThat(call(valid).statusCode()).isEqualTo(200);

        List<CompletableFuture<HttpResponse<String>>> inFlight = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            inFlight.add(getAsync("/api/planning/programs", valid));
        }
        List<Integer> statuses = new ArrayList<>();
        for (CompletableFuture<HttpResponse<String>> answer : inFlight) {
            statuses.add(answer.get(60, TimeUnit.SECONDS).statusCode());
        }
        assertThat(statuses).containsOnly(200);
    }

    /**
     * The web UI's files and pages cost no signature check: a hospital's NAT full of people opening the UI (a dozen
     * files each, before anyone is signed in) must not use up the allowance that guards the token checks.
     */
    @Test
    void theWebUisPagesAndFilesAreNotCountedAgainstTheAddress() throws Exception {
        for (int i = 0; i < 30; i++) {
            HttpResponse<String> page = send(request(port, "/portfolio", null).header("Accept", "text/html").GET());
            assertThat(page.statusCode()).as("page %d", i).isEqualTo(200);
            assertThat(get("/assets/not-built-" + i + ".js", null).statusCode()).as("file %d", i).isEqualTo(404);
        }
    }

    private HttpResponse<String> call(String token) throws Exception {
        return get("/api/planning/programs", token);
    }
}
