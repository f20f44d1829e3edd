package org.golive.platform.security;

import org.golive.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A token is verified once and then known until it expires; an expired, tampered or refused one is checked in full
 * every time, by the real decoder (signature and expiry on the same moving clock as the cache).
 */
class VerifiedTokensTest {

    private final MovableClock clock = new MovableClock();
    private final List<String> checked = new ArrayList<>();
    private final VerifiedTokens tokens = new VerifiedTokens(token -> {
        checked.add(token);
        return realDecoder().decode(token);
    }, clock);

    private NimbusJwtDecoder realDecoder() {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(TestTokens.publicKey()).build();
        JwtTimestampValidator expiry = new JwtTimestampValidator(Duration.ZERO);
        expiry.setClock(clock);
        decoder.setJwtValidator(expiry);
        return decoder;
    }

    @Test
    void aTokenSentAgainAndAgainIsDecodedOnce() {
        String token = TestTokens.forRoles("pm.north", "PROJECT_MANAGER");

        Jwt first = tokens.decode(token);
        clock.advance(Duration.ofMinutes(4));
        Jwt again = tokens.decode(token);
        Jwt third = tokens.decode(token);

        assertThat(again).isSameAs(first).isSameAs(third);
        assertThat(again.getSubject()).isEqualTo("pm.north");
        assertThat(checked).containsExactly(token);
    }

    @Test
    void aKnownTokenIsRefusedOnceItHasExpired() {
        String token = TestTokens.forRoles("pm.north", "PROJECT_MANAGER"); // expires in 30 minutes
        clock.advance(Duration.ofMinutes(27));
        tokens.decode(token); // kept for the 3 minutes it has left
        clock.advance(Duration.ofMinutes(2));
        tokens.decode(token);

        clock.advance(Duration.ofSeconds(61));

        assertThatThrownBy(() -> tokens.decode(token)).isInstanceOf(JwtValidationException.class)
                .hasMessageContaining("expired");
        assertThat(checked).containsExactly(token, token);
    }

    @Test
    void aKnownTokenIsVerifiedAgainAfterFiveMinutes() {
        String token = TestTokens.forRoles("pm.north", "PROJECT_MANAGER");
        tokens.decode(token);

        clock.advance(VerifiedTokens.AT_MOST.minusSeconds(1));
        tokens.decode(token);
        clock.advance(Duration.ofSeconds(2));
        tokens.decode(token);

        assertThat(checked).containsExactly(token, token);
    }

    @Test
    void aTamperedCopyOfAKnownTokenIsRefused() {
        String token = TestTokens.forRoles("viewer.one", "VIEWER");
        tokens.decode(token);
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"VIEWER\"", "\"PMO_ADMIN\"");
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];

        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> tokens.decode(tampered)).isInstanceOf(BadJwtException.class)
                    .hasMessageContaining("signature");
        }
        assertThat(checked).containsExactly(token, tampered, tampered);
        assertThat(tokens.size()).isEqualTo(1);
    }

    @Test
    void aRefusedTokenIsNeverKept() {
        String forged = TestTokens.signedByAnotherKey("PMO_ADMIN");
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> tokens.decode(forged)).isInstanceOf(BadJwtException.class);
        }

        assertThat(checked).containsExactly(forged, forged);
        assertThat(tokens.size()).isZero();
    }

    private static final class MovableClock extends Clock {

        private Instant now; // starts when first read, after the test's token is minted (its keys take seconds)

        void advance(Duration duration) {
            now = instant().plus(duration);
        }

        @Override
        public Instant instant() {
            if (now == null) {
                now = Instant.now();
            }
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
