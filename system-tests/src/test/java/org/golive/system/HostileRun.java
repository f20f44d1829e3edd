package org.golive.system;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Sends hostile cases through the gateway and keeps the tally: every answer must be below 500, name no Java type or
 * library, stay within {@link #MAX_ERROR_BODY} bytes (an error) and come within {@link #HANG} (a hang detector, far
 * above any normal answer: not a performance assertion).
 */
final class HostileRun {

    static final int MAX_ERROR_BODY = 64 * 1024;
    static final int MAX_BODY = 4 * 1024 * 1024;
    static final Duration HANG = Duration.ofSeconds(30);
    private static final Pattern INTERNALS = Pattern.compile("java\\.|javax\\.|jakarta\\.|tools\\.jackson|com\\.fasterxml"
            + "|org\\.springframework|org\\.bson|com\\.mongodb|org\\.apache|reactor\\.|io\\.netty|\\w+Exception\\b"
            + "|\\.java:\\d+|\\bat [a-z]+\\.[a-z]+\\.");

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final String gatewayUrl;
    private final Function<String, String> tokenOf;
    private final Map<String, Integer> byStatus = new TreeMap<>();
    private final Map<String, Integer> byKind = new TreeMap<>();
    private final List<String> failures = new ArrayList<>();
    private final AtomicInteger sent = new AtomicInteger();
    private int serverErrors;
    private int oversize;
    private int internals;
    private int hangs;
    private int rateLimited;
    /** What the first 429 said (which limit, whose): the way to tell a test set-up fault from a limit's. */
    private String firstRateLimited;
    private int unauthenticated;
    /**
     * The slowest answers, printed with the summary: a time bound here would be a timed assertion on a shared machine,
     * so a slow refusal (a 13 s 422 was found this way) is for a reader of the summary and the load benchmark.
     */
    private final java.util.PriorityQueue<Slow> slowest = new java.util.PriorityQueue<>(
            java.util.Comparator.comparingLong(Slow::millis));

    private record Slow(long millis, String what) {
    }

    /** @param tokenOf the bearer token to call a service with ({@code planning}, {@code budgets}, …), fresh */
    HostileRun(String gatewayUrl, Function<String, String> tokenOf) {
        this.gatewayUrl = gatewayUrl;
        this.tokenOf = tokenOf;
    }

    /** Thread-safe: the cases of a run may be sent from several threads. */
    void send(HostileCase hostile, String service) {
        sent.incrementAndGet();
        synchronized (this) {
            byKind.merge(hostile.kind(), 1, Integer::sum);
        }
        HttpRequest.Builder request;
        try {
            request = HttpRequest.newBuilder(URI.create(gatewayUrl + hostile.pathAndQuery())).timeout(HANG)
                    .header("Authorization", "Bearer " + tokenOf.apply(service));
        } catch (IllegalArgumentException notAUri) {
            count("not sent (not a URI)");
            return;
        }
        if (hostile.contentType() != null) {
            request.header("Content-Type", hostile.contentType());
        }
        hostile.headers().forEach(request::header);
        request.method(hostile.method(), hostile.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(hostile.body()));
        try {
            long started = System.nanoTime();
            HttpResponse<InputStream> response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            byte[] body;
            try (InputStream in = response.body()) {
                body = in.readNBytes(MAX_BODY + 1);
            }
            judge(hostile, response.statusCode(), body);
            took(hostile, response.statusCode(), (System.nanoTime() - started) / 1_000_000);
        } catch (HttpTimeoutException e) {
            hang(hostile);
        } catch (IOException e) {
            // The gateway may close the connection on a request it cannot parse: that is an answer, not a 5xx.
            count("connection closed");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private synchronized void took(HostileCase hostile, int status, long millis) {
        slowest.add(new Slow(millis, status + " " + hostile.describe()));
        if (slowest.size() > 5) {
            slowest.poll();
        }
    }

    private synchronized void count(String outcome) {
        byStatus.merge(outcome, 1, Integer::sum);
    }

    private synchronized void hang(HostileCase hostile) {
        hangs++;
        fail(hostile, "no answer within " + HANG.toSeconds() + " s");
    }

    private synchronized void judge(HostileCase hostile, int status, byte[] body) {
        byStatus.merge(String.valueOf(status), 1, Integer::sum);
        String text = new String(body, 0, Math.min(body.length, MAX_ERROR_BODY), StandardCharsets.UTF_8);
        if (status >= 500) {
            serverErrors++;
            fail(hostile, status + " " + text.substring(0, Math.min(200, text.length())));
        }
        if (status == 429) {
            rateLimited++;
            if (firstRateLimited == null) {
                firstRateLimited = hostile.describe() + ": " + text.substring(0, Math.min(300, text.length()));
            }
        }
        if (status == 401) {
            unauthenticated++;
        }
        if (status >= 300 && body.length > MAX_ERROR_BODY || body.length > MAX_BODY) {
            oversize++;
            fail(hostile, status + " with a body over " + (status >= 300 ? MAX_ERROR_BODY : MAX_BODY) + " bytes");
        }
        if (status >= 300 && INTERNALS.matcher(text).find()) {
            internals++;
            fail(hostile, status + " names internals: " + text.substring(0, Math.min(300, text.length())));
        }
    }

    private void fail(HostileCase hostile, String what) {
        failures.add(hostile.describe() + " -> " + what);
    }

    synchronized List<String> failures() {
        return List.copyOf(failures);
    }

    int sent() {
        return sent.get();
    }

    /** Answers that never reached the operation: refused by the rate limit or for the token. */
    synchronized int notExercised() {
        return rateLimited + unauthenticated;
    }

    synchronized int rateLimited() {
        return rateLimited;
    }

    synchronized String firstRateLimited() {
        return firstRateLimited;
    }

    synchronized String summary(int operations) {
        return String.format("Hostile input: %,d requests over %d operations; 5xx %d, oversize %d, internals named %d,"
                        + " no answer within %d s %d, rate-limited %d%n  by status %s%n  by kind %s%n  slowest %s",
                sent.get(), operations, serverErrors, oversize, internals, HANG.toSeconds(), hangs, rateLimited, byStatus,
                byKind, slowest.stream().sorted(java.util.Comparator.comparingLong(Slow::millis).reversed())
                        .map(slow -> slow.millis() + " ms " + slow.what()).toList());
    }
}
