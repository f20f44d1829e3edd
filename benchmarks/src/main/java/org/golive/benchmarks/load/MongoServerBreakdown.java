package org.golive.benchmarks.load;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the embedded MongoDB server's own threads (its command workers and its committer) spend their CPU on, by the
 * step of a write or read: each execution sample of those threads goes to the first step, in the order below, that
 * has a frame anywhere on its stack. {@link JfrBreakdown} says how much of the stack is the server; this says which of
 * its steps to cut. Usage: {@code java -cp benchmarks.jar org.golive.benchmarks.load.MongoServerBreakdown FILE.jfr...}
 */
public final class MongoServerBreakdown {

    /** Frame prefixes (class, or class.method) and the step they mean; the first step found on the stack decides. */
    private static final List<String[]> STEPS = List.of(
            new String[]{"org.h2.mvstore.MVStore.commit", "commit: write changed pages (Java serialization)"},
            new String[]{"org.h2.mvstore.MVStore.store", "commit: write changed pages (Java serialization)"},
            new String[]{"org.h2.mvstore.MVStore.compact", "commit: compaction"},
            new String[]{"org.h2.mvstore.FileStore.sync", "commit: fsync"},
            new String[]{"org.h2.mvstore.FileStore.readPage", "read back: pages from the file (deserialization)"},
            new String[]{"de.bwaldvogel.mongo.backend.DefaultQueryMatcher", "query matching"},
            new String[]{"de.bwaldvogel.mongo.backend.Utils.calculateSize", "size statistics (calculateSize)"},
            new String[]{"de.bwaldvogel.mongo.bson.Document.cloneDeeply", "update: deep copy of the old document"},
            new String[]{"de.bwaldvogel.mongo.backend.Utils.nullAwareEquals", "update: deep comparison"},
            new String[]{"de.bwaldvogel.mongo.bson.Document.equals", "update: deep comparison"},
            new String[]{"de.bwaldvogel.mongo.backend.Index", "index upkeep and lookup"},
            new String[]{"de.bwaldvogel.mongo.backend.AbstractUniqueIndex", "index upkeep and lookup"},
            new String[]{"de.bwaldvogel.mongo.backend.h2.H2UniqueIndex", "index upkeep and lookup"},
            new String[]{"de.bwaldvogel.mongo.backend.projection", "projection"},
            new String[]{"de.bwaldvogel.mongo.backend.FieldUpdates", "update: applying the operators"},
            new String[]{"de.bwaldvogel.mongo.backend.AbstractMongoCollection.calculateUpdateDocument",
                    "update: applying the operators"},
            new String[]{"de.bwaldvogel.mongo.wire.MongoWireEncoder", "wire: encoding replies"},
            new String[]{"de.bwaldvogel.mongo.wire.MongoWireProtocolHandler", "wire: decoding requests"},
            new String[]{"de.bwaldvogel.mongo.wire.bson.BsonDecoder", "wire: decoding requests"},
            new String[]{"de.bwaldvogel.mongo.wire.bson.BsonEncoder", "wire: encoding replies"},
            new String[]{"org.h2.mvstore.MVMap.put", "store: map put (in memory)"},
            new String[]{"org.h2.mvstore.MVMap.get", "store: map get (in memory)"},
            new String[]{"org.h2.", "store: other"},
            new String[]{"io.netty.", "wire: netty I/O"},
            new String[]{"de.bwaldvogel.", "server: other"});

    private MongoServerBreakdown() {
    }

    public static void main(String[] args) throws IOException {
        for (String file : args) {
            Map<String, Long> bySteps = new TreeMap<>();
            long samples = 0;
            for (RecordedEvent event : RecordingFile.readAllEvents(Path.of(file))) {
                if (event.getEventType().getName().equals("jdk.ExecutionSample")
                        && serverThread(event.getThread("sampledThread"))) {
                    samples++;
                    bySteps.merge(step(event.getStackTrace()), 1L, Long::sum);
                }
            }
            long total = samples;
            System.out.printf(Locale.ROOT, "%n%s: %d CPU samples of the embedded MongoDB server's threads%n", file,
                    samples);
            System.out.println("| step | share of the server's samples |\n| --- | ---: |");
            bySteps.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                    .forEach(e -> System.out.printf(Locale.ROOT, "| %s | %.1f %% |%n", e.getKey(),
                            100.0 * e.getValue() / total));
        }
    }

    private static boolean serverThread(RecordedThread thread) {
        String name = thread == null || thread.getJavaName() == null ? "" : thread.getJavaName();
        return name.startsWith("mongo-server-worker") || name.startsWith("embedded-mongo-commits");
    }

    static String step(RecordedStackTrace stack) {
        if (stack == null) {
            return "unknown";
        }
        for (String[] step : STEPS) {
            for (RecordedFrame frame : stack.getFrames()) {
                String name = frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
                if (name.startsWith(step[0])) {
                    return step[1];
                }
            }
        }
        return "other (JDK)";
    }
}
