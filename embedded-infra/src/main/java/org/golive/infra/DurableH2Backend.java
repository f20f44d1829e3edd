package org.golive.infra;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import org.h2.mvstore.MVStore;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * mongo-java-server's H2 backend that answers a command which may change data only after {@code awaitDurable} has
 * run, so that the acknowledgement the client receives means the write is in the file. Every command, from the
 * modern {@code OP_MSG} and the legacy {@code OP_QUERY} alike, passes through {@link #handleCommand}, and the server
 * writes the answer to the client only when it returns. A command that may change data runs whole between two
 * commits ({@link StoreCommits}).
 */
public class DurableH2Backend extends H2Backend {

    /** Commands that never change data; anything else (including commands unknown here) waits for a commit. */
    private static final Set<String> READS = Set.of("find", "getmore", "count", "distinct", "listcollections",
            "listindexes", "listdatabases", "killcursors", "ping", "ismaster", "hello", "buildinfo", "whatsmyuri",
            "serverstatus", "dbstats", "collstats", "validate", "getlasterror", "getparameter", "getcmdlineopts",
            "hostinfo", "getlog", "connectionstatus", "endsessions", "getfreemonitoringstatus");

    private final StoreCommits commits;
    private final Runnable awaitDurable;

    /**
     * @param commits      the store's only committer (it keeps commits out of half-done commands)
     * @param awaitDurable returns once every change made before it was called is as durable as required
     */
    public DurableH2Backend(MVStore store, StoreCommits commits, Runnable awaitDurable) {
        super(store);
        this.commits = commits;
        this.awaitDurable = awaitDurable;
    }

    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        if (!mayChangeData(command, query)) {
            return super.handleCommand(channel, databaseName, command, query);
        }
        try {
            return commits.command(() -> super.handleCommand(channel, databaseName, command, query));
        } finally {
            // Also after a failed command: an ordered insert may have stored its first documents before the error.
            awaitDurable.run();
        }
    }

    @Override
    public void close() {
        commits.close();
        super.close();
    }

    static boolean mayChangeData(String command, Document query) {
        String name = command.toLowerCase(Locale.ROOT);
        if (name.equals("aggregate")) {
            return query.get("pipeline") instanceof List<?> stages && stages.stream()
                    .anyMatch(stage -> stage instanceof Document d && (d.containsKey("$out") || d.containsKey("$merge")));
        }
        return !READS.contains(name);
    }
}
