package org.golive.gateway;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * docker-compose's sign-in: browsers reach the provider at the issuer's address, the gateway only at another one.
 * A stand-in provider on a local port publishes a discovery document in the issuer's (unreachable) name.
 */
class ProviderDiscoveryTest {

    private static final String ISSUER = "http://idp.browser-side.invalid:9000";

    private HttpServer provider;

    @AfterEach
    void stop() {
        if (provider != null) {
            provider.stop(0);
        }
    }

    @Test
    void theBrowserIsSentToTheIssuerAndTheGatewayCallsTheProviderOnTheBackChannel() throws IOException {
        String backChannel = provider(ISSUER);

        ClientRegistration registration = build(new ProviderDiscovery(ISSUER + "/", backChannel));

        ClientRegistration.ProviderDetails provider = registration.getProviderDetails();
        assertThat(provider.getIssuerUri()).isEqualTo(ISSUER);
        assertThat(provider.getAuthorizationUri()).isEqualTo(ISSUER + "/oauth2/authorize");
        assertThat(provider.getTokenUri()).isEqualTo(backChannel + "/oauth2/token");
        assertThat(provider.getJwkSetUri()).isEqualTo(backChannel + "/oauth2/jwks");
        assertThat(provider.getUserInfoEndpoint().getUri()).isEqualTo(backChannel + "/userinfo");
        assertThat(provider.getConfigurationMetadata()).as("logout sends the browser to the issuer")
                .containsEntry("end_session_endpoint", ISSUER + "/connect/logout");
    }

    @Test
    void theIssuerIsKeptAsTheProviderSpellsItForTheIdTokensCheck() throws IOException {
        String backChannel = provider(ISSUER + "/");

        ClientRegistration registration = build(new ProviderDiscovery(ISSUER, backChannel));

        assertThat(registration.getProviderDetails().getIssuerUri()).isEqualTo(ISSUER + "/");
        assertThat(registration.getProviderDetails().getTokenUri()).isEqualTo(backChannel + "/oauth2/token");
    }

    @Test
    void withoutABackChannelTheProviderIsReadAtTheIssuer() throws IOException {
        String issuer = provider(null);

        ClientRegistration.ProviderDetails provider = build(new ProviderDiscovery(issuer, " "))
                .getProviderDetails();

        assertThat(provider.getAuthorizationUri()).isEqualTo(issuer + "/oauth2/authorize");
        assertThat(provider.getTokenUri()).isEqualTo(issuer + "/oauth2/token");
    }

    @Test
    void aProviderNamingAnotherIssuerIsRefused() throws IOException {
        String backChannel = provider("http://someone-else.invalid");

        assertThatThrownBy(() -> new ProviderDiscovery(ISSUER, backChannel).registration("golive"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("someone-else.invalid").hasMessageContaining(ISSUER);
    }

    @Test
    void anUnreachableProviderSaysWhere() {
        assertThatThrownBy(() -> new ProviderDiscovery(ISSUER, "http://127.0.0.1:1").registration("golive"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("http://127.0.0.1:1/.well-known/openid-configuration");
    }

    private static ClientRegistration build(ProviderDiscovery discovery) {
        return discovery.registration("golive").clientId("golive-web")
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}").build();
    }

    /** Starts the stand-in; {@code issuer} null: it names its own address as the issuer. Returns its address. */
    private String provider(String issuer) throws IOException {
        provider = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        String own = "http://127.0.0.1:" + provider.getAddress().getPort();
        String named = issuer == null ? own : issuer;
        String document = """
                {"issuer":"%1$s","authorization_endpoint":"%2$s/oauth2/authorize","token_endpoint":"%2$s/oauth2/token",
                 "jwks_uri":"%2$s/oauth2/jwks","userinfo_endpoint":"%2$s/userinfo",
                 "end_session_endpoint":"%2$s/connect/logout","response_types_supported":["code"]}
                """.formatted(named, named.replaceAll("/$", ""));
        provider.createContext("/.well-known/openid-configuration", exchange -> {
            byte[] body = document.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        provider.start();
        return own;
    }
}
