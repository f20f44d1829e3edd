package org.golive.identity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.security.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.converter.RsaKeyConverters;
import org.springframework.security.oauth2.jwt.JwtDecoder;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.RSAPublicKeySpec;

/**
 * The RS256 key that signs every token, published at /oauth2/jwks. Either {@code golive.identity.signing-key-location}
 * names a PKCS#8 PEM private key (a deployment's secret, shared by several instances), or
 * {@code golive.identity.signing-key-file} names a file that keeps the key generated on the first start (the local
 * stack's data folder: tokens survive a restart), or, with neither, a key pair lives as long as the process.
 */
@Configuration(proxyBeanMethods = false)
class SigningKey {

    private static final Logger log = LoggerFactory.getLogger(SigningKey.class);

    /**
     * The provider's own check of the access tokens it issued (the OIDC user-info endpoint), with its own key. Without
     * it Boot builds a decoder from the issuer property meant for the services and fetches keys over HTTP from
     * wherever that points ({@code localhost:9000} by default, not this provider in a stack on other ports).
     */
    @Bean
    JwtDecoder jwtDecoder(JWKSource<SecurityContext> jwkSource) {
        return OAuth2AuthorizationServerConfiguration.jwtDecoder(jwkSource);
    }

    @Bean
    JWKSource<SecurityContext> jwkSource(IdentityProperties identity) {
        RSAKey key;
        if (identity.signingKeyLocation() != null) {
            key = loaded(identity.signingKeyLocation());
        } else if (identity.signingKeyFile() != null) {
            key = keptIn(identity.signingKeyFile());
        } else {
            log.info("Signing tokens with a key pair generated at start-up; set golive.identity.signing-key-location "
                    + "to share a key between instances");
            key = rsaKey(generatedPair());
        }
        return new ImmutableJWKSet<>(new JWKSet(key));
    }

    private static RSAKey keptIn(Path file) {
        if (Files.exists(file)) {
            return loaded(new FileSystemResource(file));
        }
        KeyPair pair = generatedPair();
        PemFiles.writePrivateKey(file, pair.getPrivate());
        log.info("Signing tokens with a new key pair, kept in {} for the next start", file);
        return rsaKey(pair);
    }

    private static KeyPair generatedPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot generate an RSA key pair", e);
        }
    }

    private static RSAKey rsaKey(KeyPair pair) {
        return rsaKey((RSAPublicKey) pair.getPublic(), (RSAPrivateKey) pair.getPrivate());
    }

    private static RSAKey loaded(Resource location) {
        RSAPrivateKey privateKey;
        try (InputStream pem = location.getInputStream()) {
            privateKey = RsaKeyConverters.pkcs8().convert(pem);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the signing key at " + location, e);
        }
        // A PKCS#8 RSA key carries its public half (modulus and public exponent): one file is enough.
        if (!(privateKey instanceof RSAPrivateCrtKey crt)) {
            throw new IllegalStateException("The signing key at " + location + " lacks its public exponent");
        }
        try {
            RSAPublicKey publicKey = (RSAPublicKey) KeyFactory.getInstance("RSA")
                    .generatePublic(new RSAPublicKeySpec(crt.getModulus(), crt.getPublicExponent()));
            log.info("Signing tokens with the key at {}", location);
            return rsaKey(publicKey, privateKey);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot derive the public key of " + location, e);
        }
    }

    /** The key id is the key's thumbprint, so every instance sharing a key publishes the same {@code kid}. */
    private static RSAKey rsaKey(RSAPublicKey publicKey, RSAPrivateKey privateKey) {
        try {
            return new RSAKey.Builder(publicKey)
                    .privateKey(privateKey)
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256)
                    .keyIDFromThumbprint()
                    .build();
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot compute the signing key's thumbprint", e);
        }
    }
}
