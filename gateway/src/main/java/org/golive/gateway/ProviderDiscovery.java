package org.golive.gateway;

import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthenticationMethod;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads an OpenID Connect provider's discovery document where the gateway reaches the provider, which may differ from
 * where browsers reach it: in docker-compose a browser goes to {@code http://localhost:9000} (the issuer, in every
 * token), the gateway's container to {@code http://identity-provider:9000}. The endpoints the browser is sent to
 * (authorization, end of session) keep the issuer's address; those the gateway calls itself (token, keys, user info)
 * are moved onto the back-channel address. Spring's {@code ClientRegistrations.fromIssuerLocation} cannot do this:
 * it reads the document at the issuer's own address.
 */
final class ProviderDiscovery {

    private static final String DOCUMENT = "/.well-known/openid-configuration";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, Object>> METADATA = new TypeReference<>() {
    };

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String issuer;
    private final String backChannel;

    /** @param backChannel where the gateway reaches the provider; the issuer when null or blank */
    ProviderDiscovery(String issuer, String backChannel) {
        this.issuer = trimmed(issuer);
        this.backChannel = backChannel == null || backChannel.isBlank() ? this.issuer : trimmed(backChannel);
    }

    /** A registration builder with the provider's endpoints, the gateway's own calls on the back channel. */
    ClientRegistration.Builder registration(String registrationId) {
        Map<String, Object> metadata = new LinkedHashMap<>(read());
        Object published = metadata.get("issuer");
        if (published == null || !issuer.equals(trimmed(published.toString()))) {
            // Tokens would carry an issuer the gateway does not expect: every sign-in would fail later, less clearly.
            throw new IllegalStateException("The provider at " + backChannel + " names the issuer " + published
                    + ", not the configured " + issuer);
        }
        return ClientRegistration.withRegistrationId(registrationId)
                .issuerUri(published.toString()) // as in the ID tokens' "iss", trailing slash and all
                .authorizationUri(text(metadata, "authorization_endpoint"))
                .tokenUri(backChannel(text(metadata, "token_endpoint")))
                .jwkSetUri(backChannel(text(metadata, "jwks_uri")))
                .userInfoUri(metadata.containsKey("userinfo_endpoint")
                        ? backChannel(text(metadata, "userinfo_endpoint")) : null)
                .userInfoAuthenticationMethod(AuthenticationMethod.HEADER)
                .userNameAttributeName("sub")
                .providerConfigurationMetadata(metadata);
    }

    private Map<String, Object> read() {
        HttpRequest request = HttpRequest.newBuilder(URI.create(backChannel + DOCUMENT))
                .timeout(Duration.ofSeconds(10)).header("Accept", "application/json").GET().build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("The provider's discovery document at " + request.uri()
                        + " answered " + response.statusCode());
            }
            return JSON.readValue(response.body(), METADATA);
        } catch (IOException e) {
            throw new IllegalStateException("The provider at " + request.uri() + " cannot be reached", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading " + request.uri(), e);
        }
    }

    /** An endpoint under the issuer's address, moved onto the back channel; any other address as published. */
    private String backChannel(String endpoint) {
        return endpoint.startsWith(issuer + "/") ? backChannel + endpoint.substring(issuer.length()) : endpoint;
    }

    private static String text(Map<String, Object> metadata, String name) {
        Object value = metadata.get(name);
        if (value == null) {
            throw new IllegalStateException("The provider's discovery document names no " + name);
        }
        return value.toString();
    }

    private static String trimmed(String address) {
        return address.endsWith("/") ? address.substring(0, address.length() - 1) : address;
    }
}
