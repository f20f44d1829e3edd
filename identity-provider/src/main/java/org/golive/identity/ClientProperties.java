package org.golive.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.ArrayList;
import java.util.List;

/**
 * The three registered clients, under {@code golive.identity.clients}. Defaults live here rather than in
 * application.yml so that the provider works the same when it runs as one context among several (the local stack),
 * where another module's application.yml may be the one found on the classpath.
 */
@ConfigurationProperties("golive.identity.clients")
class ClientProperties {

    private final Web web = new Web();
    private final Machine cli = new Machine("golive-cli", "golive-cli-secret", "PMO_ADMIN");
    private final Machine bi = new Machine("golive-bi", "golive-bi-secret", "VIEWER");

    public Web getWeb() {
        return web;
    }

    public Machine getCli() {
        return cli;
    }

    public Machine getBi() {
        return bi;
    }

    /** What every registered client has: its id, its secret (empty for a public client) and its scopes. */
    abstract static class Client {

        private String clientId;
        private String secret;
        private List<String> scopes;

        Client(String clientId, String secret, List<String> scopes) {
            this.clientId = clientId;
            this.secret = secret;
            this.scopes = new ArrayList<>(scopes);
        }

        public String getClientId() {
            return clientId;
        }

        public void setClientId(String clientId) {
            this.clientId = clientId;
        }

        public String getSecret() {
            return secret;
        }

        public void setSecret(String secret) {
            this.secret = secret;
        }

        public List<String> getScopes() {
            return scopes;
        }

        public void setScopes(List<String> scopes) {
            this.scopes = scopes;
        }
    }

    /** The browser-facing client: authorization code with PKCE, public unless a secret is configured. */
    static class Web extends Client {

        private List<String> redirectUris = new ArrayList<>(List.of(
                "http://localhost:8080/login/oauth2/code/golive",
                "http://127.0.0.1:8080/login/oauth2/code/golive",
                "http://localhost:8080/",
                "http://localhost:8080/swagger-ui/oauth2-redirect.html"));

        Web() {
            super("golive-web", "", List.of("openid", "profile"));
        }

        public List<String> getRedirectUris() {
            return redirectUris;
        }

        public void setRedirectUris(List<String> redirectUris) {
            this.redirectUris = redirectUris;
        }
    }

    /** A confidential client that acts on its own behalf (client_credentials) with fixed roles. */
    static class Machine extends Client {

        private List<String> roles;

        Machine(String clientId, String secret, String role) {
            super(clientId, secret, List.of("golive.api"));
            this.roles = new ArrayList<>(List.of(role));
        }

        public List<String> getRoles() {
            return roles;
        }

        public void setRoles(List<String> roles) {
            this.roles = roles;
        }
    }
}
