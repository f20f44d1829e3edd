package org.golive.planning.rollout;

import org.golive.testsupport.HttpJson;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;

/** Microsoft Project files of the test resources, sent to a site's plan import as a client sends them. */
public final class MspdiUploads {

    /** A ProjectLibre plan of 36 tasks. */
    public static final String PROJECTLIBRE = "/mspdi/projectlibre-new-product.xml";
    /** An MS Project 2019 plan of 16 tasks, with every link type. */
    public static final String TASK_LINKS = "/mspdi/mpxj-task-links-project2019.xml";

    private MspdiUploads() {
    }

    public static byte[] sample(String path) {
        try (InputStream in = MspdiUploads.class.getResourceAsStream(path)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code method} (POST imports, PUT replaces) of {@code file} to the plan import of {@code rolloutId}. */
    public static HttpJson.Reply upload(HttpJson client, String method, String rolloutId, String query, byte[] file) {
        return client.send(HttpRequest.newBuilder(client.uri("/rollouts/" + rolloutId + "/plan/import" + query))
                .header("Content-Type", "application/xml").method(method, HttpRequest.BodyPublishers.ofByteArray(file)));
    }
}
