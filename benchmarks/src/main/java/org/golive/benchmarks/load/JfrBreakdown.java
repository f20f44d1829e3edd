package org.golive.benchmarks.load;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Where a JFR recording of the stack spent its CPU, by component: each execution sample goes to the innermost frame
 * of a known part of the stack (the schedule engine, the domain, BSON encoding, the embedded MongoDB server, Kafka,
 * the gateway...), and by the thread that ran it. Allocation samples are split the same way. Usage:
 * {@code java -cp benchmarks/target/benchmarks.jar org.golive.benchmarks.load.JfrBreakdown [--thread=NAME]
 * [--top=N] FILE.jfr...}: {@code --thread} keeps the samples of threads whose name contains NAME (a rebuild's
 * {@code read-model-rebuild}); {@code --top} also lists the N methods most often on top of the stack (self time) and
 * the N Golive methods most often anywhere in it (time spent in them and what they call).
 */
public final class JfrBreakdown {

    /** Package prefixes in order of precedence for one frame; the first frame from the leaf that matches decides. */
    private static final List<String[]> COMPONENTS = List.of(
            new String[]{"org.golive.planning.schedule.", "schedule engine"},
            new String[]{"org.golive.planning.plan.", "planning domain"},
            new String[]{"org.golive.planning.rollout.Rollout.", "planning domain"},
            new String[]{"org.golive.planning.rollout.Rollout$", "planning domain"},
            new String[]{"org.golive.planning.", "planning controllers"},
            new String[]{"org.golive.platform.outbox.", "outbox (store and relay)"},
            new String[]{"org.golive.platform.consumer.", "consumers (platform)"},
            new String[]{"org.golive.tracking.audit.", "audit trail"},
            new String[]{"org.golive.tracking.", "tracking consumers and API"},
            new String[]{"org.golive.budget.", "budget consumers"},
            new String[]{"org.golive.stakeholder.", "stakeholder consumers"},
            new String[]{"org.golive.", "golive other"},
            new String[]{"de.bwaldvogel.", "embedded MongoDB server"},
            new String[]{"org.h2.", "embedded MongoDB server (H2 store)"},
            new String[]{"org.springframework.data.mongodb.", "document mapping (Spring Data)"},
            new String[]{"org.springframework.data.", "document mapping (Spring Data)"},
            new String[]{"org.bson.", "BSON encoding (driver)"},
            new String[]{"com.mongodb.", "MongoDB driver"},
            new String[]{"org.apache.kafka.", "Kafka"},
            new String[]{"kafka.", "Kafka"},
            new String[]{"org.springframework.kafka.", "Kafka"},
            new String[]{"io.cloudevents.", "Kafka"},
            new String[]{"com.nimbusds.", "token check (JWT)"},
            new String[]{"org.springframework.security.oauth2.", "token check (JWT)"},
            new String[]{"org.springframework.security.", "security filters"},
            new String[]{"org.springframework.cloud.gateway.", "gateway"},
            new String[]{"reactor.", "gateway"},
            new String[]{"io.netty.", "netty (gateway, embedded MongoDB)"},
            new String[]{"tools.jackson.", "JSON (Jackson)"},
            new String[]{"com.fasterxml.jackson.", "JSON (Jackson)"},
            new String[]{"org.apache.catalina.", "HTTP server (Tomcat, Spring MVC)"},
            new String[]{"org.apache.coyote.", "HTTP server (Tomcat, Spring MVC)"},
            new String[]{"org.apache.tomcat.", "HTTP server (Tomcat, Spring MVC)"},
            new String[]{"org.springframework.web.", "HTTP server (Tomcat, Spring MVC)"},
            new String[]{"org.springframework.http.", "HTTP server (Tomcat, Spring MVC)"},
            new String[]{"org.hibernate.validator.", "request validation"},
            new String[]{"ch.qos.logback.", "logging"},
            new String[]{"org.slf4j.", "logging"},
            new String[]{"io.micrometer.", "metrics and tracing"},
            new String[]{"org.springframework.", "Spring (other)"});

    private JfrBreakdown() {
    }

    public static void main(String[] args) throws IOException {
        String only = null;
        int top = 0;
        for (String file : args) {
            if (file.startsWith("--thread=")) {
                only = file.substring("--thread=".length());
                continue;
            }
            if (file.startsWith("--top=")) {
                top = Integer.parseInt(file.substring("--top=".length()));
                continue;
            }
            Map<String, Long> self = new HashMap<>();
            Map<String, Long> inclusive = new HashMap<>();
            Map<String, Long> byComponent = new TreeMap<>();
            Map<String, Long> byThread = new TreeMap<>();
            Map<String, Long> allocation = new TreeMap<>();
            long samples = 0;
            long allocated = 0;
            Duration gcPauses = Duration.ZERO;
            Duration compilations = Duration.ZERO;
            for (RecordedEvent event : RecordingFile.readAllEvents(Path.of(file))) {
                String type = event.getEventType().getName();
                switch (type) {
                    case "jdk.ExecutionSample" -> {
                        if (!ofThread(event.getThread("sampledThread"), only)) {
                            continue;
                        }
                        samples++;
                        methods(event.getStackTrace(), self, inclusive);
                        byComponent.merge(component(event.getStackTrace()), 1L, Long::sum);
                        byThread.merge(threadGroup(event.getThread("sampledThread")), 1L, Long::sum);
                    }
                    case "jdk.ObjectAllocationSample" -> {
                        if (!ofThread(event.getThread("eventThread"), only)) {
                            continue;
                        }
                        long weight = event.getLong("weight");
                        allocated += weight;
                        allocation.merge(component(event.getStackTrace()), weight, Long::sum);
                    }
                    case "jdk.GCPhasePause" -> gcPauses = gcPauses.plus(event.getDuration());
                    case "jdk.Compilation" -> compilations = compilations.plus(event.getDuration());
                    default -> {
                    }
                }
            }
            System.out.printf(Locale.ROOT, "%n%s: %d CPU samples, %.0f MB allocated (sampled), GC pauses %d ms,"
                    + " JIT compilation %d ms%n", file, samples, allocated / 1e6, gcPauses.toMillis(),
                    compilations.toMillis());
            table("component (innermost known frame)", byComponent, samples, allocation, allocated);
            table("thread", byThread, samples, Map.of(), 0);
            if (top > 0) {
                table("method on top of the stack (self)", first(self, top), samples, Map.of(), 0);
                table("Golive method anywhere in the stack (inclusive)", first(inclusive, top), samples, Map.of(), 0);
            }
        }
    }

    private static boolean ofThread(RecordedThread thread, String only) {
        return only == null || thread != null && thread.getJavaName() != null && thread.getJavaName().contains(only);
    }

    /** The leaf method, and each Golive method once per sample however deep it recurses. */
    private static void methods(RecordedStackTrace stack, Map<String, Long> self, Map<String, Long> inclusive) {
        if (stack == null || stack.getFrames().isEmpty()) {
            return;
        }
        self.merge(name(stack.getFrames().get(0)), 1L, Long::sum);
        Set<String> seen = new HashSet<>();
        for (RecordedFrame frame : stack.getFrames()) {
            String name = name(frame);
            if (name.startsWith("org.golive.") && seen.add(name)) {
                inclusive.merge(name, 1L, Long::sum);
            }
        }
    }

    private static String name(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }

    private static Map<String, Long> first(Map<String, Long> counts, int n) {
        Map<String, Long> kept = new LinkedHashMap<>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(n)
                .forEach(e -> kept.put(e.getKey(), e.getValue()));
        return kept;
    }

    private static void table(String title, Map<String, Long> counts, long total, Map<String, Long> allocation,
                              long allocated) {
        System.out.printf("| %s | CPU share | allocation share |%n| --- | ---: | ---: |%n", title);
        counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> System.out.printf(Locale.ROOT, "| %s | %.1f %% | %s |%n", e.getKey(),
                        100.0 * e.getValue() / total, allocated == 0 ? "" : String.format(Locale.ROOT, "%.1f %%",
                                100.0 * allocation.getOrDefault(e.getKey(), 0L) / allocated)));
    }

    static String component(RecordedStackTrace stack) {
        if (stack == null) {
            return "unknown";
        }
        for (RecordedFrame frame : stack.getFrames()) {
            String name = frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
            for (String[] component : COMPONENTS) {
                if (name.startsWith(component[0])) {
                    return component[1];
                }
            }
        }
        return "JDK only (" + threadless(stack) + ")";
    }

    private static String threadless(RecordedStackTrace stack) {
        List<RecordedFrame> frames = stack.getFrames();
        if (frames.isEmpty()) {
            return "no frames";
        }
        RecordedFrame root = frames.get(frames.size() - 1);
        return root.getMethod().getType().getName();
    }

    /** Threads by what they serve: one service's Tomcat pool, the gateway's event loop, the broker, the relay... */
    static String threadGroup(RecordedThread thread) {
        String name = thread == null || thread.getJavaName() == null ? "?" : thread.getJavaName();
        Map<String, String> groups = new LinkedHashMap<>();
        groups.put("http-nio-", "HTTP worker, port ");
        groups.put("reactor-http", "gateway event loop");
        groups.put("outbox-relay", "outbox relay");
        groups.put("kafka-producer-network-thread", "Kafka producer I/O");
        groups.put("KafkaListenerEndpointContainer", "Kafka consumers");
        groups.put("-C-", "Kafka consumers");
        groups.put("data-plane-kafka", "Kafka broker");
        groups.put("kafka-", "Kafka broker");
        groups.put("broker-", "Kafka broker");
        groups.put("mongo", "embedded MongoDB server / driver");
        groups.put("nioEventLoopGroup", "embedded MongoDB server (netty)");
        groups.put("MVStore", "H2 store background writer");
        groups.put("parallel-", "gateway (reactor)");
        groups.put("boundedElastic", "gateway (reactor)");
        for (Map.Entry<String, String> group : groups.entrySet()) {
            if (name.contains(group.getKey())) {
                if (group.getKey().equals("http-nio-")) {
                    return group.getValue() + name.replaceAll("http-nio-(?:[^-]+-)?(\\d+)-.*", "$1");
                }
                return group.getValue();
            }
        }
        return name.replaceAll("\\d+", "N");
    }
}
