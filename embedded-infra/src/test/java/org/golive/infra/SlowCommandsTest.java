package org.golive.infra;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import de.bwaldvogel.mongo.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

class SlowCommandsTest {

    private final Logger logger = (Logger) LoggerFactory.getLogger(SlowCommands.class);
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

    @BeforeEach
    void listen() {
        logged.start();
        logger.addAppender(logged);
    }

    @AfterEach
    void stop() {
        logger.detachAppender(logged);
    }

    @Test
    void aCommandPastTheThresholdIsLoggedWithItsCollectionAndFilteredFieldsButNoValue() {
        Document find = new Document("find", "status_tasks")
                .append("filter", new Document("rolloutId", "St. Mary's").append("status", "DONE"));

        SlowCommands.took(SlowCommands.THRESHOLD.toNanos() + 1, "golive-tracking", "find", find);
        SlowCommands.took(SlowCommands.THRESHOLD.toNanos(), "golive-tracking", "find", find);

        assertThat(logged.list).hasSize(1);
        String line = logged.list.get(0).getFormattedMessage();
        assertThat(line).contains("find on golive-tracking.status_tasks", "[rolloutId, status]")
                .doesNotContain("St. Mary's", "DONE");
    }

    @Test
    void aCursorsNextBatchNamesItsCollection() {
        SlowCommands.took(SlowCommands.THRESHOLD.toNanos() * 2, "golive-planning", "getMore",
                new Document("getMore", 42L).append("collection", "plan_chunks"));

        assertThat(logged.list).singleElement().extracting(ILoggingEvent::getFormattedMessage).asString()
                .contains("getMore on golive-planning.plan_chunks");
    }
}
