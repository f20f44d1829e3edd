package org.golive.gateway;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.annotation.Order;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * The gateway lets only authenticated calls through to the services: a bearer caller's token is relayed untouched, a
 * signed-in browser's session token is put in its place ({@link SessionTokenRelay}); each service then decides by
 * role, so a call that goes around the gateway meets the same checks.
 */
@Configuration(proxyBeanMethods = false)
class GatewaySecurity {

    /**
     * The Swagger UI pages: public, with a content security policy that lets the page run its own scripts and talk to
     * the identity provider when a user authorizes.
     */
    @Bean
    @Order(1)
    SecurityWebFilterChain swaggerUi(ServerHttpSecurity http,
                                     @Value("${spring.security.oauth2.resourceserver.jwt.issuer-uri}") String issuer) {
        return http
                .securityMatcher(ServerWebExchangeMatchers.pathMatchers(HttpMethod.GET, "/swagger-ui.html",
                        "/swagger-ui/**", "/webjars/**", "/v3/api-docs/**"))
                .authorizeExchange(exchanges -> exchanges.anyExchange().permitAll())
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                                + "connect-src 'self' " + issuer + "; frame-ancestors 'none'")))
                .build();
    }

    /**
     * A bearer caller of the API or the actuator: the token is the whole credential, so this chain has no web
     * session, no CSRF token, no sign-in or logout endpoints, only the rules every API call meets
     * ({@link #apiRules}). A browser never adds a bearer header on its own; its calls take the next chain.
     */
    @Bean
    @Order(2)
    SecurityWebFilterChain bearerCallers(ServerHttpSecurity http,
                                         @Value("${golive.gateway.cors.allowed-origins}") List<String> uiOrigins,
                                         @Value("${golive.gateway.sign-in.issuer-uri}") String identityProvider,
                                         VerifiedTokens verifiedTokens,
                                         Environment environment) {
        return apiRules(http.securityMatcher(GatewaySecurity::bearerOnTheApi), uiOrigins, identityProvider,
                verifiedTokens, environment)
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .build();
    }

    /**
     * Everything else: the API for a browser's session ({@link BrowserSessions}), the sign-in endpoints, the
     * actuator, and the web UI's files, which are public.
     */
    @Bean
    @Order(3)
    SecurityWebFilterChain apiRequiresAToken(ServerHttpSecurity http,
                                             @Value("${golive.gateway.cors.allowed-origins}") List<String> uiOrigins,
                                             @Value("${golive.gateway.sign-in.issuer-uri}") String identityProvider,
                                             BrowserSessionSecurity browserSessions,
                                             VerifiedTokens verifiedTokens,
                                             Environment environment) {
        return apiRules(browserSessions.applyTo(http), uiOrigins, identityProvider, verifiedTokens, environment)
                .build();
    }

    /** Tokens verified once and then known until they expire (Boot's decoder, or a test's, does the checking). */
    @Bean
    VerifiedTokens verifiedTokens(ReactiveJwtDecoder decoder) {
        return new VerifiedTokens(decoder, Clock.systemUTC());
    }

    /**
     * Spring Security's own observations (a timer and a span per filter-chain phase, per authentication and per
     * authorization) cost a seventh of the gateway's CPU on a small read and say nothing the request's own
     * observation ({@code http.server.requests}, its trace span) and the route's metrics do not.
     */
    @Bean
    SecurityObservationSettings noSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    /** The rules of both chains: who may call what, the token check, CORS, headers and the 401. */
    private static ServerHttpSecurity apiRules(ServerHttpSecurity http, List<String> uiOrigins,
                                               String identityProvider, VerifiedTokens verifiedTokens,
                                               Environment environment) {
        return http
                .cors(cors -> cors.configurationSource(uiOriginOnly(uiOrigins)))
                .headers(headers -> headers
                        .referrerPolicy(referrer -> referrer.policy(
                                ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy.NO_REFERRER))
                        .writer(new ContentSecurityPolicies(identityProvider)))
                .authorizeExchange(exchanges -> exchanges
                        // Health is a bare status; the rest of the actuator (route listing with the services'
                        // addresses, metrics) is for an admin, or on the management port for the platform's scrapers.
                        .pathMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .matchers(onTheManagementPort(environment)).permitAll()
                        .pathMatchers("/actuator", "/actuator/**").hasRole("PMO_ADMIN")
                        // The services' API documents are public; calling the API they describe is not.
                        .pathMatchers(HttpMethod.GET, "/api/*/v3/api-docs").permitAll()
                        // An acknowledgement link from an e-mail works without signing in: the single-use token in
                        // the path is the credential, checked by stakeholder-service. Only this path is public.
                        .pathMatchers(HttpMethod.GET, "/api/stakeholders/acknowledgements/*").permitAll()
                        .pathMatchers(HttpMethod.POST, "/api/stakeholders/acknowledgements/*").permitAll()
                        .matchers(WebUi.files()).permitAll()
                        .pathMatchers("/api/**").authenticated()
                        // The web UI's files and client-side routes, the sign-in and logout endpoints.
                        .anyExchange().permitAll())
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.jwtDecoder(verifiedTokens::decode)
                                .jwtAuthenticationConverter(rolesFromTheRolesClaim()))
                        .authenticationEntryPoint(unauthenticated()))
                // 401 with a problem for every unauthenticated call, never a redirect to a login page.
                .exceptionHandling(e -> e.authenticationEntryPoint(unauthenticated()));
    }

    /** A bearer token on an API or actuator path; the sign-in, logout and the UI's files stay on the full chain. */
    private static Mono<ServerWebExchangeMatcher.MatchResult> bearerOnTheApi(ServerWebExchange exchange) {
        var request = exchange.getRequest();
        String authorization = request.getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
        String path = request.getPath().pathWithinApplication().value();
        boolean bearer = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
        return bearer && (path.startsWith("/api/") || path.equals("/actuator") || path.startsWith("/actuator/"))
                ? ServerWebExchangeMatcher.MatchResult.match() : ServerWebExchangeMatcher.MatchResult.notMatch();
    }

    /** Roles as the services read them: the token's {@code roles} claim, as {@code ROLE_<name>}. */
    private static ReactiveJwtAuthenticationConverterAdapter rolesFromTheRolesClaim() {
        JwtGrantedAuthoritiesConverter authorities = new JwtGrantedAuthoritiesConverter();
        authorities.setAuthoritiesClaimName("roles");
        authorities.setAuthorityPrefix("ROLE_");
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(authorities);
        return new ReactiveJwtAuthenticationConverterAdapter(converter);
    }

    /**
     * Requests that arrived on the management port ({@code MANAGEMENT_SERVER_PORT}), when a deployment gives the
     * actuator a port of its own that only the platform reaches; none otherwise.
     */
    private static ServerWebExchangeMatcher onTheManagementPort(Environment environment) {
        Integer management = environment.getProperty("management.server.port", Integer.class);
        Integer api = environment.getProperty("server.port", Integer.class, 8080);
        if (management == null || management <= 0 || management.equals(api)) {
            return exchange -> ServerWebExchangeMatcher.MatchResult.notMatch();
        }
        return exchange -> {
            var local = exchange.getRequest().getLocalAddress();
            return local != null && local.getPort() == management ? ServerWebExchangeMatcher.MatchResult.match()
                    : ServerWebExchangeMatcher.MatchResult.notMatch();
        };
    }

    /** Browsers may call the API from the web UI's origin only. */
    private static CorsConfigurationSource uiOriginOnly(List<String> origins) {
        CorsConfiguration cors = new CorsConfiguration();
        cors.setAllowedOrigins(origins);
        cors.setAllowedMethods(List.of("GET", "POST", "PUT", "PATCH", "DELETE"));
        cors.setAllowedHeaders(List.of("Authorization", "Content-Type", "If-Match", "X-Request-Id", "X-XSRF-TOKEN"));
        cors.setExposedHeaders(List.of("Location", "Retry-After", "X-Request-Id", "X-RateLimit-Remaining"));
        cors.setMaxAge(Duration.ofHours(1));
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/api/**", cors);
        return source;
    }

    private static ServerAuthenticationEntryPoint unauthenticated() {
        return (ServerWebExchange exchange, org.springframework.security.core.AuthenticationException e) -> {
            var response = exchange.getResponse();
            response.setStatusCode(HttpStatus.UNAUTHORIZED);
            response.getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
            response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
            byte[] body = ("{\"type\":\"https://golive.org/problems/unauthenticated\",\"title\":\"Unauthenticated\","
                    + "\"status\":401,\"detail\":\"Sign in, or call with a valid bearer token from Golive's identity "
                    + "provider\"}")
                    .getBytes(StandardCharsets.UTF_8);
            return response.writeWith(Mono.just(response.bufferFactory().wrap(body)));
        };
    }
}
