package org.golive.benchmarks.load;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** One HTTP/1.1 connection's worth of calls to Golive, as the script client (golive-cli, PMO_ADMIN) makes them. */
final class Api {

    static final ObjectMapper JSON = JsonMapper.builder().build();

    record Answer(int status, String body) {
        boolean ok() {
            return status >= 200 && status < 300;
        }

        JsonNode json() {
            return JSON.readTree(body);
        }
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;
    private final String token;
    private final Duration timeout;

    Api(String base, String token) {
        this(base, token, Duration.ofSeconds(60));
    }

    /** @param timeout how long a request may take (a call that judges every rollout takes minutes at scale) */
    Api(String base, String token, Duration timeout) {
        this.base = base;
        this.token = token;
        this.timeout = timeout;
    }

    /** A fresh token from the identity provider (client credentials). */
    static String token(String identityUrl) {
        String basic = Base64.getEncoder().encodeToString("golive-cli:golive-cli-secret"
                .getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(identityUrl + "/oauth2/token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build();
        Answer answer = send(HttpClient.newHttpClient(), request);
        if (!answer.ok()) {
            throw new IllegalStateException("No token: " + answer.status() + " " + answer.body());
        }
        return answer.json().get("access_token").asString();
    }

    Answer get(String path) {
        return send(http, request(path).GET().build());
    }

    Answer send(String method, String path, Object body) {
        String json = JSON.writeValueAsString(body);
        return send(http, request(path).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** A call that must succeed (seeding). */
    JsonNode expect(String method, String path, Object body) {
        Answer answer = body == null ? get(path) : send(method, path, body);
        if (!answer.ok()) {
            throw new IllegalStateException(method + " " + path + " answered " + answer.status() + " "
                    + answer.body().substring(0, Math.min(500, answer.body().length())));
        }
        return answer.json();
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(timeout)
                .header("Authorization", "Bearer " + token);
    }

    private static Answer send(HttpClient http, HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
