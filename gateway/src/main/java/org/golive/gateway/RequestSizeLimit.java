package org.golive.gateway;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import reactor.core.publisher.Mono;

import java.util.List;

/**
 * Refuses a body that declares more than {@code golive.gateway.max-request-size} before it is forwarded: the services
 * take JSON commands, never uploads. The paths in {@code golive.gateway.bulk-request-paths} (a template of thousands
 * of tasks, a Microsoft Project file) take up to {@code golive.gateway.max-bulk-request-size}; the service checks its
 * own limits again. (A chunked body without a declared length is counted by the service itself.)
 */
@Component
class RequestSizeLimit implements WebFilter, Ordered {

    private final long limit;
    private final long bulkLimit;
    private final List<PathPattern> bulkPaths;

    RequestSizeLimit(@Value("${golive.gateway.max-request-size:1MB}") DataSize limit,
                     @Value("${golive.gateway.max-bulk-request-size:16MB}") DataSize bulkLimit,
                     @Value("${golive.gateway.bulk-request-paths:}") List<String> bulkPaths) {
        this.limit = limit.toBytes();
        this.bulkLimit = bulkLimit.toBytes();
        this.bulkPaths = bulkPaths.stream().filter(path -> !path.isBlank())
                .map(PathPatternParser.defaultInstance::parse).toList();
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        long declared = exchange.getRequest().getHeaders().getContentLength();
        if (declared > limit) {
            long allowed = bulkPaths.stream()
                    .anyMatch(path -> path.matches(exchange.getRequest().getPath().pathWithinApplication()))
                    ? bulkLimit : limit;
            if (declared > allowed) {
                return Mono.error(new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE,
                        "The request body of " + declared + " bytes exceeds the limit of " + allowed + " bytes"));
            }
        }
        return chain.filter(exchange);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
