package org.golive.system;

import org.golive.localstack.LocalStack;
import org.golive.localstack.LocalStackSettings;
import org.golive.localstack.Service;
import org.golive.testsupport.HttpJson;
import org.golive.testsupport.OtlpTraceReceiver;
import org.golive.testsupport.TestInfrastructure;
import org.golive.testsupport.oidc.BrowserSignIn;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * The whole of Golive, started once for all system tests of the JVM exactly as the local stack starts it (the
 * identity provider, every service and the gateway, with the demo program), on the shared test Kafka and MongoDB.
 */
final class GoliveStack {

    /**
     * Events over 2 KB travel in parts here (1 MB in a deployment), so that every system test also proves that each
     * consumer, and a BI reader ({@link org.golive.testsupport.EventTap}), gets them whole: a site plan's
     * {@code plan.instantiated} and {@code go-live.rescheduled} are larger. A system property, read by every service
     * context of this JVM.
     */
    static final String PART_SIZE = "2KB";

    /**
     * The stack cannot move its clock: a test makes an acknowledgement deadline pass by moving the stored deadline,
     * and the follow-up (every minute in a deployment) sees it within a second.
     */
    static final String FOLLOW_UP_INTERVAL = "1s";

    /** Every context of the stack exports its spans here, as a deployment does to its collector. */
    private static final OtlpTraceReceiver TRACES = OtlpTraceReceiver.start();

    private static final LocalStack STACK = start();

    private static LocalStack start() {
        System.setProperty("OTEL_EXPORTER_OTLP_ENDPOINT", TRACES.endpoint());
        // Every trace kept, not one in ten: the trace tests follow whole requests through the stack.
        System.setProperty("management.tracing.sampling.probability", "1.0");
        System.setProperty("golive.outbox.part-size", PART_SIZE);
        // Named as the service's environment variable: the stack hands each service its application.yml as
        // command-line arguments, which a system property of the setting's own name would not override.
        System.setProperty("ACK_FOLLOW_UP_INTERVAL", FOLLOW_UP_INTERVAL);
        // A send refused while the mail server is down is tried again within seconds, not minutes.
        System.setProperty("MAIL_FIRST_RETRY", "1s");
        System.setProperty("MAIL_LONGEST_RETRY", "3s");
        return LocalStack.start(LocalStackSettings.onExisting(TestInfrastructure.kafkaBootstrapServers(),
                TestInfrastructure.mongoConnectionString()));
    }

    static {
        TestInfrastructure.closeAtExitBeforeInfrastructure(STACK);
    }

    private GoliveStack() {
    }

    /** The gateway, called as a script with the golive-cli client's token (PMO_ADMIN). */
    static HttpJson gateway() {
        return anonymousGateway().withToken(token("golive-cli", "golive-cli-secret"));
    }

    /** The gateway, called without any token. */
    static HttpJson anonymousGateway() {
        return new HttpJson(STACK.gatewayUrl());
    }

    /** A service directly, around the gateway, without a token. */
    static HttpJson aroundTheGateway(Service service) {
        return new HttpJson("http://localhost:" + STACK.servicePort(service));
    }

    /**
     * The gateway, called as a demo user (password {@code golive}) who signed in through the web client's
     * authorization-code flow with PKCE, exactly as the UI does.
     */
    static HttpJson gatewayAs(String username) {
        return anonymousGateway().withToken(new BrowserSignIn(STACK.identityUrl())
                .accessToken("golive-web", STACK.gatewayUrl() + "/login/oauth2/code/golive", username, "golive"));
    }

    /** The text of every message the stack's SMTP server delivered to {@code address}, oldest first. */
    static void stopMail() {
        STACK.stopMail();
    }

    static void restartMail() {
        STACK.restartMail();
    }

    static List<String> mailTo(String address) {
        return STACK.mailTo(address);
    }

    /** The spans the stack's gateway and services exported (OTLP over HTTP). */
    static OtlpTraceReceiver traces() {
        return TRACES;
    }

    /** The gateway's address. */
    static String gatewayUrl() {
        return STACK.gatewayUrl();
    }

    /** A finance analyst's token, signed in through the web client as a browser does. */
    static String financeToken() {
        return new BrowserSignIn(STACK.identityUrl())
                .accessToken("golive-web", STACK.gatewayUrl() + "/login/oauth2/code/golive", "finance", "golive");
    }

    /** A demo user's access token (password {@code golive}), signed in through the web client as a browser does. */
    static String userToken(String username) {
        return new BrowserSignIn(STACK.identityUrl())
                .accessToken("golive-web", STACK.gatewayUrl() + "/login/oauth2/code/golive", username, "golive");
    }

    /** A token from the stack's identity provider, for a client by the client-credentials grant. */
    static String token(String clientId, String secret) {
        HttpJson identity = new HttpJson(STACK.identityUrl());
        String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
        HttpJson.Reply reply = identity.send(HttpRequest.newBuilder(URI.create(STACK.identityUrl() + "/oauth2/token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")));
        if (reply.status() != 200) {
            throw new IllegalStateException("No token for " + clientId + ": " + reply.status() + " " + reply.body());
        }
        return reply.json().get("access_token").asString();
    }
}
