package org.golive.benchmarks.load;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The local stack ({@code local-stack-exec.jar}) in a child JVM, started as {@code ./golive-local} starts it, with
 * every port shifted by an offset, its data in a fresh directory, no demo program, and the gateway's rate limit raised
 * so that the benchmark measures the stack, not the limiter. Its CPU time is read from the operating system.
 */
final class LocalStackProcess implements AutoCloseable {

    /** The JVM options of {@code ./golive-local}. */
    static final List<String> GOLIVE_LOCAL_JVM = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseParallelGC", "-Xss512k");

    private final Process process;
    private final int offset;
    /** The gateway in a JVM of its own ({@link #withSeparateGateway}), routing to this stack's services; or null. */
    private Process separateGateway;

    private LocalStackProcess(Process process, int offset) {
        this.process = process;
        this.offset = offset;
    }

    static LocalStackProcess start(Path jar, int offset, List<String> jvmOptions, Path dataDir) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build it with ./mvnw -q -pl local-stack,benchmarks -am"
                    + " -DskipTests package");
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString(), "--no-demo", "--data-dir=" + dataDir,
                "--gateway-port=" + (8080 + offset), "--identity-port=" + (9000 + offset),
                "--kafka-port=" + (9092 + offset), "--mongo-port=" + (27017 + offset),
                "--smtp-port=" + (3025 + offset), "--imap-port=" + (3143 + offset),
                "--planning-port=" + (8081 + offset), "--stakeholder-port=" + (8082 + offset),
                "--budget-port=" + (8083 + offset), "--tracking-port=" + (8084 + offset)));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        benchmarkLimits(builder);
        try {
            Process process = builder.start();
            LocalStackProcess stack = new LocalStackProcess(process, offset);
            awaitLine(process, dataDir.resolve("stack.log"), "Golive is up");
            return stack;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rate limit raised and the request-size limit widened, for the gateway and the services alike. */
    private static void benchmarkLimits(ProcessBuilder builder) {
        builder.environment().put("RATE_LIMIT_CAPACITY", "1000000000");
        // A 10,000-task template is about 2.5 MB of JSON, over the 1 MB default of the gateway and the services.
        builder.environment().put("MAX_REQUEST_SIZE", "8MB");
        builder.environment().put("GOLIVE_WEB_MAXREQUESTSIZE", "8MB");
    }

    /**
     * Starts the gateway alone from its own jar ({@code gateway/target/gateway-*-exec.jar}) in a JVM of its own, as a
     * deployment runs it, routing to this stack's services and trusting its identity provider
     * ({@link #separateGateway()}); from then on {@link #cpu()} counts both processes.
     */
    void withSeparateGateway(Path jar, List<String> jvmOptions, Path log) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build it with ./mvnw -q -pl gateway -am -DskipTests"
                    + " package");
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        benchmarkLimits(builder);
        Map<String, String> env = builder.environment();
        env.put("PORT", Integer.toString(separateGatewayPort()));
        env.put("OIDC_ISSUER_URI", identity());
        env.put("PLANNING_URL", planning());
        env.put("STAKEHOLDER_URL", "http://127.0.0.1:" + (8082 + offset));
        env.put("BUDGET_URL", "http://127.0.0.1:" + (8083 + offset));
        env.put("TRACKING_URL", tracking());
        try {
            separateGateway = builder.start();
            awaitLine(separateGateway, log, "Started GatewayApplication");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int separateGatewayPort() {
        return 8090 + offset;
    }

    /** Copies the child's console to a log file and waits for the line that says it is up. */
    private static void awaitLine(Process process, Path log, String upLine) {
        CountDownLatch up = new CountDownLatch(1);
        Thread pump = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8)); PrintWriter out = new PrintWriter(Files.newBufferedWriter(log), true)) {
                for (String line; (line = in.readLine()) != null; ) {
                    out.println(line);
                    if (line.contains(upLine)) {
                        up.countDown();
                    }
                }
            } catch (IOException e) {
                // The stack stopped and its console closed: nothing more to copy.
            }
        }, "local-stack-console");
        pump.setDaemon(true);
        pump.start();
        try {
            while (!up.await(1, TimeUnit.SECONDS)) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("The process stopped during start; see " + log);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    long pid() {
        return process.pid();
    }

    /** The stack's JVM, then the separate gateway's if there is one. */
    List<Long> pids() {
        return separateGateway == null ? List.of(process.pid()) : List.of(process.pid(), separateGateway.pid());
    }

    /** The CPU time the stack's JVM (and a separate gateway's) has used so far, all threads, user and system. */
    Duration cpu() {
        Duration stack = process.toHandle().info().totalCpuDuration().orElseThrow();
        return separateGateway == null ? stack
                : stack.plus(separateGateway.toHandle().info().totalCpuDuration().orElseThrow());
    }

    String gateway() {
        return "http://localhost:" + (8080 + offset);
    }

    String separateGateway() {
        if (separateGateway == null) {
            throw new IllegalStateException("No gateway of its own: start the benchmark with --gateway-jar");
        }
        return "http://localhost:" + separateGatewayPort();
    }

    String identity() {
        return "http://localhost:" + (9000 + offset);
    }

    String planning() {
        return "http://127.0.0.1:" + (8081 + offset);
    }

    String stakeholder() {
        return "http://127.0.0.1:" + (8082 + offset);
    }

    String budget() {
        return "http://127.0.0.1:" + (8083 + offset);
    }

    String tracking() {
        return "http://127.0.0.1:" + (8084 + offset);
    }

    /** Stops the stack as Ctrl-C does (its shutdown hook closes every part in order). */
    @Override
    public void close() {
        if (separateGateway != null) {
            stop(separateGateway);
        }
        stop(process);
    }

    private static void stop(Process process) {
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
