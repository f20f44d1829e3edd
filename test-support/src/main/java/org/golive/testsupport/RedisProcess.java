package org.golive.testsupport;

import org.awaitility.Awaitility;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Redis without Docker: Debian's {@code redis-server} started as a child process on a free loopback port, nothing
 * written to disk. {@code .ci/run} installs the package where it is missing; {@code -Dgolive.test.redis-server=PATH}
 * names another binary.
 */
final class RedisProcess implements RedisControl {

    private final String binary;
    private final int port;
    private Process process;

    private RedisProcess(String binary, int port) {
        this.binary = binary;
        this.port = port;
    }

    static RedisProcess launch() {
        RedisProcess redis = new RedisProcess(binary(), freePort());
        redis.start();
        return redis;
    }

    @Override
    public String host() {
        return "127.0.0.1";
    }

    @Override
    public int port() {
        return port;
    }

    @Override
    public synchronized void start() {
        if (process != null && process.isAlive()) {
            return;
        }
        try {
            process = new ProcessBuilder(List.of(binary, "--port", Integer.toString(port), "--bind", host(),
                    "--save", "", "--appendonly", "no", "--daemonize", "no", "--loglevel", "warning"))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + binary, e);
        }
        Awaitility.await("redis-server answering PING on port " + port).atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(50)).ignoreExceptions()
                .until(this::answersPing);
    }

    @Override
    public synchronized void stop() {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    private boolean answersPing() throws IOException {
        if (!process.isAlive()) {
            throw new IllegalStateException(binary + " exited with " + process.exitValue() + " on port " + port);
        }
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host(), port), 1_000);
            socket.setSoTimeout(1_000);
            OutputStream out = socket.getOutputStream();
            out.write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String answer = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.US_ASCII)).readLine();
            return "+PONG".equals(answer);
        }
    }

    private static String binary() {
        String named = System.getProperty("golive.test.redis-server");
        if (named != null) {
            return named;
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, "redis-server");
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        for (String known : List.of("/usr/bin/redis-server", "/usr/local/bin/redis-server")) {
            if (Files.isExecutable(Path.of(known))) {
                return known;
            }
        }
        throw new IllegalStateException("No Docker engine and no redis-server: install Debian's redis-server "
                + "(apt-get install redis-server) or name one with -Dgolive.test.redis-server=PATH");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
