package org.golive.benchmarks.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The load benchmark of the whole stack: starts {@code local-stack-exec.jar} in a child JVM (ports shifted, fresh
 * data, rate limit raised), seeds the plans of {@link Fixture}, runs each scenario through the gateway and straight
 * to the service with a fresh token, and prints a table: requests per second, latency percentiles and the stack's CPU
 * time per request. Options: {@code --connections=8 --duration=20 --warmup=5 --offset=200 --only="progress;go-live"
 * --targets=gateway,direct --jfr=DIR --jvm="-XX:TieredStopAtLevel=1 ..." --jar=local-stack/target/local-stack-exec.jar
 * --gateway-jar=gateway/target/gateway-0.1.0-SNAPSHOT-exec.jar --gateway-jvm="..."}: with {@code --gateway-jar} a
 * second gateway runs in a JVM of its own (the stack's JVM options unless {@code --gateway-jvm} says otherwise), as
 * a deployment runs it, measured as the target {@code gateway-own-jvm}.
 */
public final class LoadBenchmark {

    private LoadBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> options = options(args);
        int connections = Integer.parseInt(options.getOrDefault("connections", "8"));
        Duration measured = Duration.ofSeconds(Long.parseLong(options.getOrDefault("duration", "20")));
        Duration warmUp = Duration.ofSeconds(Long.parseLong(options.getOrDefault("warmup", "5")));
        int offset = Integer.parseInt(options.getOrDefault("offset", "200"));
        // Scenario names hold commas ("2,000-task plan"): the parts of --only are separated by semicolons. A part
        // names the scenarios whose names contain it, or with a final $ the one so named ("read one task$").
        List<String> only = Arrays.asList(options.getOrDefault("only", "").split(";"));
        List<String> targets = Arrays.asList(options.getOrDefault("targets", "gateway,direct").split(","));
        List<String> jvm = jvm(options);
        Path jar = jar(options);
        Path data = Files.createTempDirectory("golive-load-");

        System.out.printf("Machine: %d cores, load average %s; JDK %s; stack JVM options %s; %d connections, %d s"
                        + " warm-up, %d s measured per run; data in %s%n", Runtime.getRuntime().availableProcessors(),
                loadAverage(), System.getProperty("java.version"), jvm, connections, warmUp.toSeconds(),
                measured.toSeconds(), data);
        Instant began = Instant.now();
        try (LocalStackProcess stack = LocalStackProcess.start(jar, offset, jvm, data)) {
            System.out.printf("Stack up in %d s (pid %d)%n", Duration.between(began, Instant.now()).toSeconds(),
                    stack.pid());
            if (options.containsKey("gateway-jar")) {
                List<String> gatewayJvm = options.containsKey("gateway-jvm")
                        ? jvmOptions(options.get("gateway-jvm")) : jvm;
                stack.withSeparateGateway(Path.of(options.get("gateway-jar")), gatewayJvm, data.resolve("gateway.log"));
                System.out.printf("A gateway in a JVM of its own (%s, options %s, pid %d, target gateway-own-jvm);"
                        + " CPU per request counts both JVMs%n", options.get("gateway-jar"), gatewayJvm, stack.pids().get(1));
            }
            System.out.println("Seeding...");
            boolean hugePlans = only.equals(List.of("")) || only.stream().anyMatch(name -> name.contains("10,000"));
            Fixture fixture = Fixture.create(new Api(stack.planning(), Api.token(stack.identity())), connections,
                    hugePlans);
            Scenarios scenarios = new Scenarios(fixture, connections);
            LoadRun run = new LoadRun(stack, connections, recorder(options.get("jfr"), stack.pid()));
            List<LoadRun.Result> results = new ArrayList<>();
            for (Scenario scenario : scenarios.all()) {
                if (!only.equals(List.of("")) && only.stream().noneMatch(part -> part.endsWith("$")
                        ? scenario.name().equals(part.substring(0, part.length() - 1)) : scenario.name().contains(part))) {
                    continue;
                }
                for (String targetName : targets) {
                    Target target = switch (targetName) {
                        case "direct" -> Target.direct(stack);
                        case "gateway-own-jvm" -> Target.gatewayOwnJvm(stack);
                        default -> Target.gateway(stack);
                    };
                    String token = Api.token(stack.identity());
                    LoadRun.Result result = run.run(scenario, target, token, warmUp, measured);
                    results.add(result);
                    print(List.of(result), false);
                }
            }
            System.out.printf("%nAll runs (load average now %s):%n", loadAverage());
            print(results, true);
        } finally {
            if (!options.containsKey("keep-data")) {
                delete(data);
            }
        }
    }

    private static void print(List<LoadRun.Result> results, boolean header) {
        if (header) {
            System.out.println("| operation | via | requests | errors | req/s | p50 ms | p95 ms | p99 ms"
                    + " | stack CPU ms/request |");
            System.out.println("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        }
        for (LoadRun.Result r : results) {
            System.out.printf(Locale.ROOT, "| %s | %s | %d | %d | %.1f | %.1f | %.1f | %.1f | %.1f |%n",
                    r.scenario(), r.target(), r.requests(), r.errors(), r.perSecond(), r.percentileMillis(50),
                    r.percentileMillis(95), r.percentileMillis(99), r.stackCpuMillisPerRequest());
            if (!header) {
                System.out.printf(Locale.ROOT, "    stack CPU by thread, per request: %s%n", r.threads());
                System.out.printf(Locale.ROOT, "    load driver CPU per request: %.1f ms%n",
                        r.requests() == 0 ? 0 : r.driverCpu().toNanos() / 1e6 / r.requests());
                if (r.errors() > 0) {
                    System.out.println("    last error: " + r.lastError());
                }
            }
        }
    }

    /** A JFR recording of the stack per measured window (profile settings), written to {@code dir}. */
    static LoadRun.Recorder recorder(String dir, long pid) {
        if (dir == null) {
            return new LoadRun.Recorder() {
                @Override
                public void start(String name) {
                }

                @Override
                public void stop(String name) {
                }
            };
        }
        Path directory = Path.of(dir).toAbsolutePath();
        try {
            // JFR.stop writes nothing, and says so only in the stack's JVM, into a directory that does not exist.
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new LoadRun.Recorder() {
            @Override
            public void start(String name) {
                jcmd(pid, "JFR.start", "name=" + name, "settings=profile");
            }

            @Override
            public void stop(String name) {
                jcmd(pid, "JFR.stop", "name=" + name, "filename=" + directory.resolve(name + ".jfr"));
            }
        };
    }

    /** Runs a diagnostic command in the JVM {@code pid} (JFR.start, JFR.stop, Thread.print...): its output. */
    static String jcmd(long pid, String... command) {
        List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd")
                .toString(), Long.toString(pid)));
        line.addAll(List.of(command));
        try {
            Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (process.waitFor() != 0) {
                throw new IllegalStateException("jcmd failed: " + output);
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("Options look like --duration=20, not " + arg);
            }
            String[] pair = arg.substring(2).split("=", 2);
            options.put(pair[0], pair.length == 2 ? pair[1] : "true");
        }
        return options;
    }

    /** The stack's JVM options: {@code --jvm="..."}, or {@code ./golive-local}'s. */
    static List<String> jvm(Map<String, String> options) {
        return options.containsKey("jvm") ? jvmOptions(options.get("jvm")) : LocalStackProcess.GOLIVE_LOCAL_JVM;
    }

    /** JVM options as one command line gives them, separated by spaces. */
    static List<String> jvmOptions(String line) {
        return List.of(line.trim().split("\\s+"));
    }

    /** The local stack's jar: {@code --jar=...}, or the one the build makes. */
    static Path jar(Map<String, String> options) {
        return Path.of(options.getOrDefault("jar", "local-stack/target/local-stack-exec.jar"));
    }

    static void delete(Path directory) throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
