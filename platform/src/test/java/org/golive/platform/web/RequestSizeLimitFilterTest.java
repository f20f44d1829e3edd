package org.golive.platform.web;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Bulk paths take bodies up to their own limit; every other path keeps the small one. */
class RequestSizeLimitFilterTest {

    private final RequestSizeLimitFilter filter = new RequestSizeLimitFilter(1_000, 4_000,
            List.of("/templates", "/templates/*/versions", "/rollouts/*/plan/import"));

    @Test
    void aBulkPathTakesABodyUpToTheBulkLimit() throws Exception {
        assertThat(status("/templates", 3_000)).isEqualTo(200);
        assertThat(status("/templates/t-1/versions", 4_000)).isEqualTo(200);
        assertThat(status("/rollouts/r-1/plan/import", 3_000)).isEqualTo(200);
        assertThat(status("/templates", 4_001)).isEqualTo(413);
    }

    @Test
    void everyOtherPathKeepsTheSmallLimit() throws Exception {
        assertThat(status("/programs", 1_000)).isEqualTo(200);
        assertThat(status("/programs", 1_001)).isEqualTo(413);
        assertThat(status("/templates/t-1", 1_001)).isEqualTo(413);
        assertThat(status("/rollouts/r-1/plan/tasks", 1_001)).isEqualTo(413);
        assertThat(status("/templates/t-1/versions/2/publish", 1_001)).isEqualTo(413);
    }

    @Test
    void withoutBulkPathsEveryPathHasTheOneLimit() throws Exception {
        RequestSizeLimitFilter plain = new RequestSizeLimitFilter(1_000);
        MockHttpServletRequest request = request("/templates", 1_001);
        MockHttpServletResponse response = new MockHttpServletResponse();
        plain.doFilter(request, response, new MockFilterChain());
        assertThat(response.getStatus()).isEqualTo(413);
    }

    private int status(String path, int bytes) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request(path, bytes), response, new MockFilterChain());
        return response.getStatus();
    }

    private static MockHttpServletRequest request(String path, int bytes) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
        request.setContent(new byte[bytes]);
        return request;
    }
}
