package org.golive.benchmarks.load;

import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The rebuild of tracking's read models by replay (issue 14: at least 40,000 events/s): starts the local stack as
 * {@link LoadBenchmark} does (fresh data, ports shifted, no demo), writes a recorded stream of contract events
 * straight onto planning's and budget's topics ({@link RebuildStream}), waits until tracking's live listeners applied
 * it all, then starts a rebuild and reads its status until it is done.
 *
 * <p>{@code --replay-only} starts the stack with every listener stopped ({@code spring.kafka.listener.auto-startup}),
 * so a stream far larger than the live listeners could absorb is replayed with nothing else running; after each
 * rebuild the program's earned value must show every site (the rebuilt read models are checked, not only timed).
 * {@code --baseline-jar} starts a second stack from another build with the same stream and alternates their rebuilds
 * (baseline, this, this, baseline, ...), so the two are compared under the same load: read the ratio.
 * {@code --baseline-jvm="..."} gives the baseline stack other JVM options (with {@code --baseline-jar} the same jar
 * as {@code --jar}, it compares JVM options on the same build).
 * {@code --jfr=DIR} records each rebuild of the stack under test (JFR, profile settings) into DIR.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar org.golive.benchmarks.load.RebuildBenchmark [--sites=100]
 * [--tasks=20] [--offset=200] [--replay-only] [--rounds=1] [--baseline-jar=...] [--baseline-jvm="..."] [--jfr=DIR]
 * [--jar=local-stack/target/local-stack-exec.jar] [--jvm="..."]</pre>
 */
public final class RebuildBenchmark {

    private static final Duration CHECK_LIMIT = Duration.ofMinutes(2);

    private RebuildBenchmark() {
    }

    /** One stack: the build it runs, its program, and each rebuild's rate. */
    private record Stack(String name, LocalStackProcess process, Path data, String programId, List<Long> rates) {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = LoadBenchmark.options(args);
        int sites = Integer.parseInt(options.getOrDefault("sites", "100"));
        int tasks = Integer.parseInt(options.getOrDefault("tasks", "20"));
        int offset = Integer.parseInt(options.getOrDefault("offset", "200"));
        int rounds = Integer.parseInt(options.getOrDefault("rounds", "1"));
        boolean replayOnly = options.containsKey("replay-only");
        List<String> jvm = new ArrayList<>(LoadBenchmark.jvm(options));
        List<String> baselineJvm = options.containsKey("baseline-jvm")
                ? new ArrayList<>(LoadBenchmark.jvmOptions(options.get("baseline-jvm"))) : new ArrayList<>(jvm);
        if (replayOnly) {
            jvm.add("-Dspring.kafka.listener.auto-startup=false");
            baselineJvm.add("-Dspring.kafka.listener.auto-startup=false");
        }
        Path jfr = options.containsKey("jfr") ? Files.createDirectories(Path.of(options.get("jfr"))) : null;
        RebuildStream stream = new RebuildStream(sites, tasks);
        System.out.printf("Machine: %d cores, load average %s; JDK %s; stack JVM options %s (baseline's %s); %d sites"
                        + " of %d tasks%n", Runtime.getRuntime().availableProcessors(), LoadBenchmark.loadAverage(),
                System.getProperty("java.version"), jvm, baselineJvm, sites, tasks);
        List<Stack> stacks = new ArrayList<>();
        try {
            if (options.containsKey("baseline-jar")) {
                stacks.add(start("baseline", Path.of(options.get("baseline-jar")), offset + 100, baselineJvm,
                        stream));
            }
            stacks.add(start("this build", LoadBenchmark.jar(options), offset, jvm, stream));
            if (!replayOnly) {
                for (Stack stack : stacks) {
                    Instant waiting = Instant.now();
                    awaitApplied(api(stack), stack.programId(), stream, null);
                    System.out.printf("%s: tracking's live listeners had applied them all after %.1f s more%n",
                            stack.name(), Duration.between(waiting, Instant.now()).toMillis() / 1000.0);
                }
            }
            for (int round = 1; round <= rounds; round++) {
                // Alternating which goes first, so that neither always runs on a machine the other just warmed.
                List<Stack> order = new ArrayList<>(stacks);
                if (round % 2 == 0) {
                    java.util.Collections.reverse(order);
                }
                for (Stack stack : order) {
                    rebuild(stack, round, stream, replayOnly, stack.name().equals("this build") ? jfr : null);
                }
            }
            summary(stacks);
        } finally {
            for (Stack stack : stacks) {
                stack.process().close();
                LoadBenchmark.delete(stack.data());
            }
        }
    }

    private static Stack start(String name, Path jar, int offset, List<String> jvm, RebuildStream stream)
            throws IOException {
        Path data = Files.createTempDirectory("golive-rebuild-");
        LocalStackProcess process = LocalStackProcess.start(jar, offset, jvm, data);
        String programId = UUID.randomUUID().toString();
        Instant writing = Instant.now();
        long events = stream.write("127.0.0.1:" + (9092 + offset), programId);
        System.out.printf("%s (%s, ports offset %d): %,d events written in %.1f s%n", name, jar, offset, events,
                Duration.between(writing, Instant.now()).toMillis() / 1000.0);
        return new Stack(name, process, data, programId, new ArrayList<>());
    }

    private static Api api(Stack stack) {
        return new Api(stack.process().tracking(), Api.token(stack.process().identity()));
    }

    private static void rebuild(Stack stack, int round, RebuildStream stream, boolean check, Path jfr)
            throws InterruptedException, IOException {
        Api api = api(stack);
        String loadBefore = LoadBenchmark.loadAverage();
        String recording = "rebuild-" + round;
        if (jfr != null) {
            LoadBenchmark.jcmd(stack.process().pid(), "JFR.start", "name=" + recording, "settings=profile");
        }
        JsonNode status = api.expect("POST", "/read-models/rebuild", Map.of());
        while ("RUNNING".equals(status.get("state").asString())) {
            Thread.sleep(100);
            status = api.expect("GET", "/read-models/rebuild", null);
        }
        if (jfr != null) {
            LoadBenchmark.jcmd(stack.process().pid(), "JFR.stop", "name=" + recording,
                    "filename=" + jfr.toAbsolutePath().resolve(recording + ".jfr"));
        }
        Duration took = Duration.between(Instant.parse(status.get("startedAt").asString()),
                Instant.parse(status.get("finishedAt").asString()));
        long replayed = status.get("recordsReplayed").asLong();
        long rate = Math.round(replayed * 1000.0 / Math.max(1, took.toMillis()));
        stack.rates().add(rate);
        System.out.printf(Locale.ROOT, "round %d, %s: rebuild %s, %,d records at the start, %,d replayed in %.2f s:"
                        + " %,d records/s (load average %s before, %s after)%n  %s%n", round, stack.name(),
                status.get("state").asString(), status.get("recordsAtStart").asLong(), replayed,
                took.toMillis() / 1000.0, rate, loadBefore, LoadBenchmark.loadAverage(), phases(stack.data()));
        if (check) {
            awaitApplied(api, stack.programId(), stream, CHECK_LIMIT);
            System.out.println("  the rebuilt read models show every site's progress and actuals");
        }
    }

    /** The rebuild's own account of its time (its last log line), if the stack wrote one. */
    private static String phases(Path data) throws IOException {
        List<String> lines = Files.readAllLines(data.resolve("stack.log"));
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (lines.get(i).contains("records replayed")) {
                return lines.get(i).replaceFirst("^.*?(Rebuild [0-9a-f-]{36})", "$1");
            }
        }
        return "(no log line of the rebuild)";
    }

    private static void summary(List<Stack> stacks) {
        if (stacks.size() < 2) {
            return;
        }
        List<Long> baseline = stacks.get(0).rates();
        List<Long> subject = stacks.get(1).rates();
        System.out.println("| round | baseline records/s | this build records/s | ratio |");
        System.out.println("| ---: | ---: | ---: | ---: |");
        for (int i = 0; i < baseline.size(); i++) {
            System.out.printf(Locale.ROOT, "| %d | %,d | %,d | %.2f |%n", i + 1, baseline.get(i), subject.get(i),
                    subject.get(i) / (double) Math.max(1, baseline.get(i)));
        }
    }

    /**
     * Until tracking shows every site's progress and actuals in the program's earned value. Consumer lag cannot say
     * it: budget-service's transactional relay leaves commit markers after the last record, which a consumer's
     * committed offset never passes.
     *
     * @param limit null: as long as it takes
     */
    private static void awaitApplied(Api api, String programId, RebuildStream stream, Duration limit)
            throws InterruptedException {
        BigDecimal[] expected = stream.expectedEarnedValue();
        Instant deadline = limit == null ? Instant.MAX : Instant.now().plus(limit);
        while (true) {
            Api.Answer answer = api.get("/programs/" + programId + "/earned-value?asOf=2026-11-25");
            if (answer.ok() && expected[0].compareTo(new BigDecimal(answer.json().path("ev").asString("0"))) == 0
                    && expected[1].compareTo(new BigDecimal(answer.json().path("ac").asString("0"))) == 0) {
                return;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("The program's earned value is not every site's after " + limit
                        + ": " + answer.status() + " " + answer.body());
            }
            Thread.sleep(1000);
        }
    }
}
