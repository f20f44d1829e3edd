package org.golive.system.crash;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;

/**
 * The local stack ({@code org.golive.localstack.LocalStack}, as {@code ./golive-local} runs it) in a child JVM of its
 * own, so that it can be killed as a crash would kill it. The same ports and data directory on every start; the
 * console of each start goes to {@code target/crash-recovery/stack-<n>.log}.
 */
final class StackProcess {

    private static final String UP = "Golive is up in ";

    private final Path dataDirectory;
    private final int gatewayPort = freePort();
    private final int identityPort = freePort();
    private final int kafkaPort = freePort();
    private final int mongoPort = freePort();
    // Mail too: a developer's ./golive-local (3025, 3143) may be running beside the test.
    private final int smtpPort = freePort();
    private final int imapPort = freePort();
    private Process process;
    private Path console;
    private int starts;

    StackProcess(Path dataDirectory) {
        this.dataDirectory = dataDirectory;
    }

    /** Starts the stack and waits until it says it is up; returns how long that took, JVM start included. */
    Duration start() {
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                // As ./golive-local runs it, but with the serial collector and 1 GB: a child beside the test JVM.
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xss512k", "-Xmx1g",
                "-cp", System.getProperty("java.class.path"),
                "org.golive.localstack.LocalStack",
                "--data-dir=" + dataDirectory, "--no-demo",
                "--gateway-port=" + gatewayPort, "--identity-port=" + identityPort,
                "--kafka-port=" + kafkaPort, "--mongo-port=" + mongoPort,
                "--smtp-port=" + smtpPort, "--imap-port=" + imapPort));
        for (String service : List.of("planning", "stakeholder", "budget", "tracking")) {
            command.add("--" + service + "-port=0");
        }
        console = Path.of("target", "crash-recovery", "stack-" + (++starts) + ".log");
        long begin = System.nanoTime();
        try {
            Files.createDirectories(console.getParent());
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(console.toFile());
            // The writers and the checks send far more than a user's 300 requests a minute through the gateway.
            builder.environment().put("RATE_LIMIT_CAPACITY", "1000000");
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        await("the local stack up (" + console + ")").atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(100))
                .until(() -> {
                    if (!process.isAlive()) {
                        throw new IllegalStateException("The local stack exited with " + process.exitValue()
                                + ":\n" + tail());
                    }
                    return consoleText().contains(UP);
                });
        return Duration.ofNanos(System.nanoTime() - begin);
    }

    /** SIGKILL: no shutdown hook, no flush, no goodbye to Kafka's group coordinator or the relay lease. */
    void kill() {
        process.destroyForcibly();
        awaitExit();
    }

    /** SIGTERM: the stack's shutdown hook stops everything in order, as Ctrl-C does. */
    void stop() {
        process.destroy();
        awaitExit();
    }

    private void awaitExit() {
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    Path console() {
        return console;
    }

    long pid() {
        return process.pid();
    }

    String gatewayUrl() {
        return "http://localhost:" + gatewayPort;
    }

    String identityUrl() {
        return "http://localhost:" + identityPort;
    }

    String kafkaBootstrapServers() {
        return "127.0.0.1:" + kafkaPort;
    }

    String mongoConnectionString() {
        return "mongodb://127.0.0.1:" + mongoPort;
    }

    private String consoleText() {
        try {
            return Files.readString(console, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    private String tail() {
        String text = consoleText();
        return text.substring(Math.max(0, text.length() - 4000));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
