package org.golive.gateway;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.server.RequestPredicate;
import org.springframework.web.reactive.function.server.RequestPredicates;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

import java.time.Duration;
import java.util.List;

/**
 * The web UI (module {@code web-ui}, a jar of built files under {@code golive-web-ui/}) at {@code /}: hashed assets
 * cached for a year, {@code index.html} never without asking, and every other page a browser asks for (a route of
 * the single-page app, such as {@code /portfolio}) answered with {@code index.html}, whose script draws that route.
 * Their content security policy is the gateway's ({@link ContentSecurityPolicies}).
 */
@Configuration(proxyBeanMethods = false)
class WebUi {

    static final String FILES = "golive-web-ui/";

    private static final String ASSETS = "/assets/";

    /** Paths that are files, or belong to the gateway, the services or the sign-in: never a page of the UI. */
    private static final List<String> NOT_PAGES = List.of(ASSETS, "/api/", "/actuator", "/oauth2/", "/login",
            "/logout", "/swagger-ui", "/webjars/", "/v3/");

    @Bean
    RouterFunction<ServerResponse> webUiRoutes() {
        Resource index = new ClassPathResource(FILES + "index.html");
        // A browser navigating names text/html; a script or API client sending */* or no Accept gets the 404 of a
        // path no route claims, not a page.
        // The path first: an API call's Accept is the service's to judge, never parsed here.
        RequestPredicate page = RequestPredicates.GET("/**")
                .and(request -> isPage(request.path()))
                .and(WebUi::namesHtml);
        return RouterFunctions.resources(ASSETS + "**", new ClassPathResource(FILES + "assets/"), (file, headers) -> {
                    // Vite puts a hash of the content in every asset's name: a changed file has a new name.
                    headers.setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable());
                })
                .and(RouterFunctions.route(page, request -> ServerResponse.ok()
                        .contentType(MediaType.TEXT_HTML)
                        .cacheControl(CacheControl.noCache())
                        .header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
                        .body(BodyInserters.fromResource(index))));
    }

    /** The GETs the UI answers, public (the UI itself shows the sign-in when {@code /api/me} answers 401). */
    static ServerWebExchangeMatcher files() {
        return exchange -> {
            String path = exchange.getRequest().getPath().pathWithinApplication().value();
            return HttpMethod.GET.equals(exchange.getRequest().getMethod()) && (path.startsWith(ASSETS) || isPage(path))
                    ? ServerWebExchangeMatcher.MatchResult.match() : ServerWebExchangeMatcher.MatchResult.notMatch();
        };
    }

    /** A malformed Accept header names nothing: not a page (the 404 of an unclaimed path, never a 500). */
    private static boolean namesHtml(ServerRequest request) {
        try {
            return request.headers().accept().stream()
                    .anyMatch(type -> !type.isWildcardType() && type.isCompatibleWith(MediaType.TEXT_HTML));
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }

    private static boolean isPage(String path) {
        return NOT_PAGES.stream().noneMatch(path::startsWith);
    }
}
