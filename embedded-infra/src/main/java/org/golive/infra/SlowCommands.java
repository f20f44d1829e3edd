package org.golive.infra;

import de.bwaldvogel.mongo.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;

/**
 * The embedded server's slow-command log, as MongoDB's own ({@code slowms}): a command that took longer than the
 * threshold is logged with its database, collection and the names of the fields it filtered on (never their values:
 * they are the users' data). mongo-java-server runs a command on its connection's event-loop thread, so a long one
 * also holds every other connection on that thread: this log says which command it was.
 */
final class SlowCommands {

    private static final Logger LOG = LoggerFactory.getLogger(SlowCommands.class);

    /** {@code golive.mongo.slow-command-ms}: 1,000 ms unless set. */
    static final Duration THRESHOLD = Duration.ofMillis(Long.getLong("golive.mongo.slow-command-ms", 1_000));

    private SlowCommands() {
    }

    /** Logs the command if it took longer than the threshold. */
    static void took(long nanos, String database, String command, Document query) {
        if (nanos <= THRESHOLD.toNanos()) {
            return;
        }
        Object collection = query.get(command.equalsIgnoreCase("getMore") ? "collection" : command);
        Object filter = query.containsKey("filter") ? query.get("filter") : query.get("query");
        LOG.warn("Slow command: {} on {}.{} took {} ms{}", command, database,
                collection instanceof String name ? name : "-", nanos / 1_000_000,
                filter instanceof Document fields ? ", filtering on " + fields.keySet() : "");
    }
}
