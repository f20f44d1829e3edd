package org.golive.benchmarks;

import de.bwaldvogel.mongo.bson.Document;
import org.golive.infra.DocumentBytes;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.DataType;
import org.h2.mvstore.type.ObjectDataType;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Locale;

/**
 * What storing one document costs the embedded server's H2 store, format against format, without the command or the
 * commit around it: 500 audit-sized documents (a rebuild's most numerous) written to a page buffer and read back, by
 * H2's default for a class it does not know (Java serialization, as files were written before) and by
 * {@link DocumentBytes} (BSON), alternately in one JVM, the thread's CPU per document:
 *
 * <pre>java -XX:TieredStopAtLevel=1 -cp benchmarks.jar org.golive.benchmarks.StoredFormatCost [rounds]</pre>
 */
public final class StoredFormatCost {

    private static final int DOCUMENTS = 500;
    private static final int REPEATS = 20;

    private StoredFormatCost() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 6;
        Document[] documents = auditEntries();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        System.out.println("| round | format | write, µs CPU per document | read, µs CPU per document | bytes per document |");
        System.out.println("| ---: | --- | ---: | ---: | ---: |");
        for (int round = 1; round <= rounds; round++) {
            for (boolean bson : new boolean[] {false, true}) {
                @SuppressWarnings("unchecked")
                DataType<Object> type = bson ? (DataType<Object>) (DataType<?>) new DocumentBytes()
                        : new ObjectDataType();
                long write = 0;
                long read = 0;
                int bytes = 0;
                for (int repeat = 0; repeat < REPEATS; repeat++) {
                    WriteBuffer page = new WriteBuffer();
                    long start = threads.getCurrentThreadCpuTime();
                    for (Document document : documents) {
                        type.write(page, document);
                    }
                    long written = threads.getCurrentThreadCpuTime();
                    ByteBuffer stored = page.getBuffer().flip();
                    bytes = stored.remaining();
                    for (int i = 0; i < DOCUMENTS; i++) {
                        type.read(stored);
                    }
                    write += written - start;
                    read += threads.getCurrentThreadCpuTime() - written;
                }
                System.out.printf(Locale.ROOT, "| %d | %s | %.1f | %.1f | %d |%n", round,
                        bson ? "BSON" : "Java serialization", write / 1e3 / (REPEATS * DOCUMENTS),
                        read / 1e3 / (REPEATS * DOCUMENTS), bytes / DOCUMENTS);
            }
        }
    }

    /** The shape of tracking's audit entries: ids, a type, a date, a summary and a small sub-document. */
    private static Document[] auditEntries() {
        Document[] entries = new Document[DOCUMENTS];
        for (int e = 0; e < DOCUMENTS; e++) {
            entries[e] = new Document("_id", "r-" + e % 20 + "/e-" + e).append("rolloutId", "r-" + e % 20)
                    .append("type", "org.golive.planning.task.progressed.v1")
                    .append("source", "/planning/rollouts/r-" + e % 20).append("sequence", (long) e)
                    .append("occurredAt", Instant.ofEpochMilli(1_765_000_000_000L + e)).append("actor", "pm.north")
                    .append("summary", "Task T-" + e + " of Site " + e % 20 + " at " + e % 100 + " %")
                    .append("data", new Document("taskId", "T-" + e).append("percentComplete", e % 100)
                            .append("previous", Math.max(0, e % 100 - 10)).append("status", "IN_PROGRESS"));
        }
        return entries;
    }
}
