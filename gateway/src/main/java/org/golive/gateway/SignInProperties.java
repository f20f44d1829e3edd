package org.golive.gateway;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.StringUtils;

import java.util.List;

/**
 * How people sign in through the gateway (the web UI's back end), under {@code golive.gateway.sign-in}: the OpenID
 * Connect provider and the client the gateway is registered as there.
 *
 * @param issuerUri    the provider's issuer; its discovery document names the endpoints
 * @param backChannelUri where the gateway itself reaches the provider, when browsers reach it elsewhere (the issuer's
 *                     address); null or blank: at the issuer
 * @param clientId     the client registered for the web UI
 * @param clientSecret with a secret the gateway is a confidential client and the provider may give it refresh tokens,
 *                     so a session outlives one access token; without, a public client (PKCE only) whose session ends
 *                     with its first access token
 * @param scopes       asked for at sign-in
 */
@ConfigurationProperties("golive.gateway.sign-in")
record SignInProperties(String issuerUri,
                        String backChannelUri,
                        @DefaultValue("golive-web") String clientId,
                        String clientSecret,
                        @DefaultValue({"openid", "profile"}) List<String> scopes) {

    boolean confidential() {
        return StringUtils.hasText(clientSecret);
    }
}
