package org.golive.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Refuses request bodies above a limit with 413 before they are read into memory: by their declared length, or, for
 * chunked bodies, as soon as more bytes than the limit arrive. A service may name paths that take bulk bodies (a
 * 10,000-task template, a Microsoft Project file) with a larger limit of their own; every other path keeps the small
 * one.
 */
public class RequestSizeLimitFilter extends OncePerRequestFilter {

    private final long defaultLimit;
    private final long bulkLimit;
    private final List<String> bulkPaths;
    private final AntPathMatcher paths = new AntPathMatcher();

    public RequestSizeLimitFilter(long limit) {
        this(limit, limit, List.of());
    }

    /** @param bulkPaths Ant-style path patterns (such as {@code /templates/*}/versions) where {@code bulkLimit} holds */
    public RequestSizeLimitFilter(long limit, long bulkLimit, List<String> bulkPaths) {
        this.defaultLimit = limit;
        this.bulkLimit = bulkLimit;
        this.bulkPaths = List.copyOf(bulkPaths);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = limitFor(request);
        if (request.getContentLengthLong() > limit) {
            response.setStatus(413);
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getOutputStream().write(("{\"type\":\"https://golive.org/problems/request-too-large\","
                    + "\"title\":\"Request too large\",\"status\":413,\"detail\":\"The request body exceeds the limit of "
                    + limit + " bytes\"}").getBytes(StandardCharsets.UTF_8));
            return;
        }
        chain.doFilter(request.getContentLengthLong() < 0 ? new Limited(request, limit) : request, response);
    }

    private long limitFor(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        for (String pattern : bulkPaths) {
            if (paths.match(pattern, path)) {
                return bulkLimit;
            }
        }
        return defaultLimit;
    }

    private static final class Limited extends HttpServletRequestWrapper {

        private final long limit;

        Limited(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            ServletInputStream in = super.getInputStream();
            return new ServletInputStream() {
                private long read;

                @Override
                public int read() throws IOException {
                    int b = in.read();
                    if (b >= 0) {
                        count(1);
                    }
                    return b;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    int n = in.read(buffer, offset, length);
                    if (n > 0) {
                        count(n);
                    }
                    return n;
                }

                private void count(int n) {
                    read += n;
                    if (read > limit) {
                        throw new RequestTooLargeException(limit);
                    }
                }

                @Override
                public boolean isFinished() {
                    return in.isFinished();
                }

                @Override
                public boolean isReady() {
                    return in.isReady();
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    in.setReadListener(listener);
                }
            };
        }
    }
}
