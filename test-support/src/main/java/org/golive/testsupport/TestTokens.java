package org.golive.testsupport;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;

import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * Tokens as Golive's identity provider issues them, minted in the test JVM with a key only the tests know, and the
 * decoder that services under test use to check them: same issuer, audience and roles claim as production.
 */
public final class TestTokens {

    public static final String ISSUER = "https://identity.golive.test";
    public static final String AUDIENCE = "golive";

    private static final RSAKey KEY = generateKey();
    private static final RSAKey STRANGER = generateKey();

    private TestTokens() {
    }

    /** A valid token for {@code subject} with these roles (PMO_ADMIN, PROJECT_MANAGER, FINANCE, CONTRIBUTOR, VIEWER). */
    public static String forRoles(String subject, String... roles) {
        return sign(claims(subject, List.of(roles)).build(), KEY);
    }

    public static String expired(String... roles) {
        Instant past = Instant.now().minus(Duration.ofHours(2));
        return sign(claims("expired-user", List.of(roles)).issueTime(Date.from(past))
                .expirationTime(Date.from(past.plus(Duration.ofMinutes(5)))).build(), KEY);
    }

    public static String signedByAnotherKey(String... roles) {
        return sign(claims("forger", List.of(roles)).build(), STRANGER);
    }

    public static String forAnotherAudience(String... roles) {
        return sign(claims("someone", List.of(roles)).audience("another-api").build(), KEY);
    }

    public static String fromAnotherIssuer(String... roles) {
        return sign(claims("someone", List.of(roles)).issuer("https://evil.example").build(), KEY);
    }

    /** An unsigned token ({@code alg: none}), which must never be accepted. */
    public static String unsigned(String... roles) {
        return new PlainJWT(claims("anyone", List.of(roles)).build()).serialize();
    }

    /** The decoder a service under test trusts: these tokens only. */
    public static NimbusJwtDecoder decoder() {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(publicKey()).build();
        decoder.setJwtValidator(validator());
        return decoder;
    }

    /** The same checks for a reactive resource server (the gateway). */
    public static NimbusReactiveJwtDecoder reactiveDecoder() {
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withPublicKey(publicKey()).build();
        decoder.setJwtValidator(validator());
        return decoder;
    }

    private static OAuth2TokenValidator<Jwt> validator() {
        OAuth2TokenValidator<Jwt> audience = new JwtClaimValidator<Collection<String>>(JwtClaimNames.AUD,
                aud -> aud != null && aud.contains(AUDIENCE));
        return new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(ISSUER), audience);
    }

    public static RSAPublicKey publicKey() {
        try {
            return KEY.toRSAPublicKey();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JWTClaimsSet.Builder claims(String subject, List<String> roles) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .jwtID(UUID.randomUUID().toString())
                .issuer(ISSUER)
                .subject(subject)
                .audience(List.of(AUDIENCE))
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(30))))
                .claim("roles", roles)
                .claim("name", subject);
    }

    private static String sign(JWTClaimsSet claims, RSAKey key) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                    claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAKey generateKey() {
        try {
            return new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
