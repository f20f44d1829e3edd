package org.golive.gateway;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A token is verified once and then known until it expires; a refused one is checked again every time. */
class VerifiedTokensTest {

    private static final Instant NOW = Instant.parse("2026-12-06T12:00:00Z");

    private final MovableClock clock = new MovableClock();
    private final List<String> checked = new ArrayList<>();
    private final VerifiedTokens tokens = new VerifiedTokens(token -> {
        checked.add(token);
        if (token.startsWith("forged")) {
            return Mono.error(new BadJwtException("An error occurred while attempting to decode the Jwt"));
        }
        if (clock.instant().isAfter(NOW.plus(Duration.ofMinutes(10)))) {
            return Mono.error(new BadJwtException("Jwt expired"));
        }
        return Mono.just(Jwt.withTokenValue(token).header("alg", "RS256").subject("pm.north")
                .issuedAt(NOW).expiresAt(NOW.plus(Duration.ofMinutes(10))).build());
    }, clock);

    @Test
    void aTokenIsCheckedOnceWhileItIsValid() {
        Jwt first = tokens.decode("token-a").block();
        clock.advance(Duration.ofMinutes(9));
        Jwt again = tokens.decode("token-a").block();

        assertThat(again).isSameAs(first);
        assertThat(again.getSubject()).isEqualTo("pm.north");
        assertThat(checked).containsExactly("token-a");
    }

    @Test
    void anExpiredTokenIsCheckedAgainAndRefused() {
        tokens.decode("token-a").block();
        clock.advance(Duration.ofMinutes(11));

        assertThatThrownBy(() -> tokens.decode("token-a").block()).isInstanceOf(BadJwtException.class)
                .hasMessageContaining("expired");
        assertThat(checked).containsExactly("token-a", "token-a");
    }

    @Test
    void aRefusedTokenIsNeverKept() {
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> tokens.decode("forged-token").block()).isInstanceOf(BadJwtException.class);
        }

        assertThat(checked).containsExactly("forged-token", "forged-token");
        assertThat(tokens.size()).isZero();
    }

    @Test
    void eachTokenIsCheckedOnItsOwn() {
        tokens.decode("token-a").block();
        tokens.decode("token-b").block();
        tokens.decode("token-a").block();

        assertThat(checked).containsExactly("token-a", "token-b");
        assertThat(tokens.size()).isEqualTo(2);
    }

    private static final class MovableClock extends Clock {

        private Instant now = NOW;

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
