package org.golive.platform.consumer;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SourceKeyTest {

    @Test
    void distinctSourcesNeverShareAHighWaterMark() {
        List<String> sources = List.of("/a/b", "/a.b", "/a_b", "/a%2Eb", "$a/b", "/a%24b");

        assertThat(sources.stream().map(AppliedEvents::sourceKey).distinct()).hasSameSizeAs(sources);
    }

    @Test
    void keysAreLegalMongoFieldNames() {
        String key = AppliedEvents.sourceKey("$/planning/rollouts/4.2");

        assertThat(key).doesNotContain(".").doesNotStartWith("$");
    }
}
