package org.golive.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.ArrayList;
import java.util.List;

/**
 * The three registered clients, under {@code golive.identity.clients}. Defaults live here rather than in
 * application.yml so that the provider works the same when it runs as one context among several (the local stack),
 * where another module's application.yml may be the one found on the classpath. The machine clients' secrets have no
 * default: the {@code demo} profile brings the demo ones ({@link DemoProfile}), a deployment configures its own.
 */
@ConfigurationProperties("golive.identity.clients")
class ClientProperties {

    private final Web web = new Web();
    private final Machine cli = new Machine("golive-cli", "PMO_ADMIN");
    private final Machine bi = new Machine("golive-bi", "VIEWER");

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

    /**
     * The browser-facing client: authorization code with PKCE, public unless a secret is configured. Its redirect
     * URIs are the gateway's pages ({@code gateway-url}, e.g. {@code http://localhost:9080} when the gateway runs on
     * another port), unless {@code redirect-uris} lists them.
     */
    static class Web extends Client {

        private String gatewayUrl = "http://localhost:8080";
        private List<String> redirectUris;

        Web() {
            super("golive-web", "", List.of("openid", "profile"));
        }

        public String getGatewayUrl() {
            return gatewayUrl;
        }

        public void setGatewayUrl(String gatewayUrl) {
            this.gatewayUrl = gatewayUrl;
        }

        public List<String> getRedirectUris() {
            if (redirectUris != null && !redirectUris.isEmpty()) {
                return redirectUris;
            }
            String gateway = gatewayUrl.endsWith("/") ? gatewayUrl.substring(0, gatewayUrl.length() - 1) : gatewayUrl;
            List<String> pages = new ArrayList<>(List.of(gateway + "/login/oauth2/code/golive", gateway + "/",
                    gateway + "/swagger-ui/oauth2-redirect.html"));
            if (gateway.contains("://localhost:")) {
                // Browsers and scripts reach a local gateway by either name.
                pages.add(gateway.replace("://localhost:", "://127.0.0.1:") + "/login/oauth2/code/golive");
            }
            return pages;
        }

        public void setRedirectUris(List<String> redirectUris) {
            this.redirectUris = redirectUris;
        }

        /** The gateway's front page, where the browser lands after signing out (on either local name). */
        public List<String> getPostLogoutRedirectUris() {
            String gateway = gatewayUrl.endsWith("/") ? gatewayUrl.substring(0, gatewayUrl.length() - 1) : gatewayUrl;
            List<String> pages = new ArrayList<>(List.of(gateway + "/"));
            if (gateway.contains("://localhost:")) {
                pages.add(gateway.replace("://localhost:", "://127.0.0.1:") + "/");
            }
            return pages;
        }
    }

    /** A confidential client that acts on its own behalf (client_credentials) with fixed roles. */
    static class Machine extends Client {

        private List<String> roles;

        Machine(String clientId, String role) {
            super(clientId, null, List.of("golive.api"));
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
