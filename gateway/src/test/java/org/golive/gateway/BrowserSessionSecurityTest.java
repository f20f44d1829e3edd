package org.golive.gateway;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** After the sign-in the browser goes back to a page of this host only, never elsewhere (no open redirect). */
class BrowserSessionSecurityTest {

    @ParameterizedTest
    @ValueSource(strings = {"/", "/rollouts/r-1/plan", "/portfolio?wave=2&sort=health"})
    void aPathOnThisHostIsWhereTheBrowserReturns(String path) {
        assertThat(BrowserSessionSecurity.localPath(path)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "//evil.example/", "/\\evil.example", "https://evil.example/", "rollouts",
            "/a\nLocation: https://evil.example", "/a\\b"})
    void anythingElseIsIgnored(String path) {
        assertThat(BrowserSessionSecurity.localPath(path)).isFalse();
    }
}
