package org.golive.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.context.support.WebApplicationContextUtils;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;
import org.springframework.web.util.ServletRequestPathUtils;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * 401 and 403 as RFC 9457 problems, like every other error; 401 also says how to authenticate (Bearer). A path that
 * no endpoint serves is refused by the rules too (nothing without a rule gets through), but it is answered 404: the
 * caller asked for something that does not exist, not for something they may not have.
 */
final class ProblemSecurityResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        write(response, 401, "unauthenticated", "Unauthenticated",
                "A valid bearer token from Golive's identity provider is required");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        if (!served(request)) {
            write(response, 404, "not-found", "Not found", "No endpoint at " + request.getMethod() + " "
                    + quoted(request.getRequestURI()));
            return;
        }
        write(response, 403, "forbidden", "Forbidden", "Your roles do not allow " + request.getMethod() + " "
                + quoted(request.getRequestURI()));
    }

    /** Whether a handler of the service (a controller, an actuator endpoint) serves this path, whatever the method. */
    private static boolean served(HttpServletRequest request) {
        WebApplicationContext context = WebApplicationContextUtils.findWebApplicationContext(request.getServletContext());
        if (context == null) {
            return true;
        }
        if (!ServletRequestPathUtils.hasParsedRequestPath(request)) {
            ServletRequestPathUtils.parseAndCache(request);
        }
        for (HandlerMapping mapping : context.getBeansOfType(HandlerMapping.class).values()) {
            try {
                HandlerExecutionChain chain = mapping.getHandler(request);
                // Static resources map every path: they serve nothing here.
                if (chain != null && !(chain.getHandler() instanceof ResourceHttpRequestHandler)) {
                    return true;
                }
            } catch (Exception knownPathOtherMethod) {
                return true;
            }
        }
        return false;
    }

    /** A problem quotes a few dozen characters of what the client sent, never an unbounded path. */
    private static String quoted(String path) {
        return path.length() <= 40 ? path : path.substring(0, 40) + "…";
    }

    private static void write(HttpServletResponse response, int status, String type, String title, String detail)
            throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        String body = "{\"type\":\"https://golive.org/problems/" + type + "\",\"title\":\"" + title + "\",\"status\":"
                + status + ",\"detail\":\"" + detail.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
        response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
    }
}
