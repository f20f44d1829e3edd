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
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;

/**
 * {@code org.golive.localstack.LocalStack} with the given options in a child JVM of its own, so that it can be killed
 * with SIGKILL as a crash would kill it; its console goes to {@code target/<folder>/<name>.log}.
 */
final class ChildJvm {

    private final String name;
    private final Path console;
    private Process process;

    private ChildJvm(String name, Path console) {
        this.name = name;
        this.console = console;
    }

    /** Starts it and waits until its console says {@code up}; a JVM that exits first fails with its console's tail. */
    static ChildJvm start(String folder, String name, List<String> options, Map<String, String> systemProperties,
                          Map<String, String> environment, String up) {
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                // As ./golive-local runs it, but with the serial collector and 1 GB: a child beside the test JVM.
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xss512k", "-Xmx1g"));
        systemProperties.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.golive.localstack.LocalStack"));
        command.addAll(options);
        ChildJvm jvm = new ChildJvm(name, Path.of("target", folder, name + ".log"));
        try {
            Files.createDirectories(jvm.console.getParent());
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(jvm.console.toFile());
            builder.environment().putAll(environment);
            jvm.process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        await(name + " up (" + jvm.console + ")").atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(100))
                .until(() -> {
                    if (!jvm.process.isAlive()) {
                        throw new IllegalStateException(name + " exited with " + jvm.process.exitValue() + ":\n"
                                + jvm.tail());
                    }
                    return jvm.consoleText().contains(up);
                });
        return jvm;
    }

    /** SIGKILL: no shutdown hook, no goodbye to Kafka's group coordinator, the relay lease left to expire. */
    void kill() {
        if (process == null) {
            return;
        }
        process.destroyForcibly();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException(name + " did not die");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
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

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
