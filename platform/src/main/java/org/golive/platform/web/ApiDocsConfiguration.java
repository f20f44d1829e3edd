package org.golive.platform.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.OAuthFlow;
import io.swagger.v3.oas.models.security.OAuthFlows;
import io.swagger.v3.oas.models.security.Scopes;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;

import java.util.List;

/**
 * Every service's OpenAPI document says how to get a token: OAuth2 authorization code at Golive's identity provider,
 * which the gateway's Swagger UI offers behind "Authorize".
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class ApiDocsConfiguration {

    @Bean
    @ConditionalOnMissingBean(OpenAPI.class)
    OpenAPI goliveOpenApi(@Value("${spring.application.name}") String service,
                          @Value("${golive.api.gateway-path:/api/${spring.application.name}}") String gatewayPath,
                          @Value("${spring.security.oauth2.resourceserver.jwt.issuer-uri}") String issuer) {
        OAuthFlow authorizationCode = new OAuthFlow()
                .authorizationUrl(issuer + "/oauth2/authorize")
                .tokenUrl(issuer + "/oauth2/token")
                .scopes(new Scopes().addString("openid", "who you are").addString("profile", "your name"));
        return new OpenAPI()
                .info(new Info().title("Golive " + service + " API").version("v1")
                        .description("Called through the gateway. Every call needs a bearer token."))
                // Relative to where the document was read: through the gateway, "Try it out" goes through it too.
                .servers(List.of(new Server().url(gatewayPath).description("through the gateway")))
                .components(new Components().addSecuritySchemes("golive", new SecurityScheme()
                        .type(SecurityScheme.Type.OAUTH2)
                        .flows(new OAuthFlows().authorizationCode(authorizationCode))))
                .addSecurityItem(new SecurityRequirement().addList("golive"));
    }
}
