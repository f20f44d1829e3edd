package org.golive.identity;

import com.nimbusds.jwt.JWTClaimsSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How the provider starts: which secrets it insists on, where its key lives, where it sends browsers back to. */
class ProviderStartupTest {

    @TempDir
    Path dataDir;

    @Test
    void withoutTheDemoProfileItRefusesToStartUntilSecretsAreConfigured() {
        assertThatThrownBy(ProviderStartupTest::start)
                .rootCause()
                .hasMessageContaining("golive.identity.clients.cli.secret")
                .hasMessageContaining("golive.identity.clients.bi.secret")
                .hasMessageContaining("golive.identity.users.password")
                .hasMessageContaining("SPRING_PROFILES_ACTIVE=demo");
    }

    @Test
    void withConfiguredSecretsTheyAndOnlyTheyAreAccepted() {
        try (ConfigurableApplicationContext provider = start("--golive.identity.clients.cli.secret=s3cret-cli",
                "--golive.identity.clients.bi.secret=s3cret-bi", "--golive.identity.users.password=s3cret-users")) {
            ProviderClient client = new ProviderClient(port(provider));

            assertThat(client.clientCredentialsToken("golive-cli", "s3cret-cli").has("access_token")).isTrue();
            assertThat(client.token("golive-cli:golive-cli-secret", Map.of("grant_type", "client_credentials"))
                    .statusCode()).as("the demo secret").isEqualTo(401);
        }
    }

    @Test
    void aKeyKeptInTheDataFolderSignsTokensThatSurviveARestart() throws Exception {
        Path keyFile = dataDir.resolve("identity").resolve("signing-key.pem");
        String token;
        try (ConfigurableApplicationContext first = start("--spring.profiles.active=demo",
                "--golive.identity.signing-key-file=" + keyFile)) {
            token = new ProviderClient(port(first)).clientCredentialsToken("golive-cli", "golive-cli-secret")
                    .get("access_token").asString();
        }
        assertThat(Files.readString(keyFile)).startsWith("-----BEGIN PRIVATE KEY-----");

        try (ConfigurableApplicationContext restarted = start("--spring.profiles.active=demo",
                "--golive.identity.signing-key-file=" + keyFile)) {
            JWTClaimsSet claims = new ProviderClient(port(restarted)).verified(token);

            assertThat(claims.getSubject()).isEqualTo("golive-cli");
        }
    }

    @Test
    void theWebClientsRedirectUrisFollowTheGatewaysAddress() {
        try (ConfigurableApplicationContext provider = start("--spring.profiles.active=demo",
                "--golive.identity.clients.web.gateway-url=http://localhost:9080")) {
            var web = provider.getBean(RegisteredClientRepository.class).findByClientId("golive-web");

            assertThat(web.getRedirectUris()).contains("http://localhost:9080/login/oauth2/code/golive",
                    "http://127.0.0.1:9080/login/oauth2/code/golive",
                    "http://localhost:9080/swagger-ui/oauth2-redirect.html").noneMatch(uri -> uri.contains(":8080"));
            String code = new ProviderClient(port(provider)).signIn("golive-web",
                    "http://localhost:9080/login/oauth2/code/golive", "viewer", "golive", "n-9080").code();
            assertThat(code).isNotBlank();
        }
    }

    private static ConfigurableApplicationContext start(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "--server.port=0";
        System.arraycopy(args, 0, all, 1, args.length);
        return new SpringApplicationBuilder(IdentityProviderApplication.class).run(all);
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }
}
