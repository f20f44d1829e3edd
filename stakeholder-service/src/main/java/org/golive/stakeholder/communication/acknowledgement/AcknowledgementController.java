package org.golive.stakeholder.communication.acknowledgement;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.golive.platform.problem.NotFoundException;
import org.golive.stakeholder.communication.delivery.Communication;
import org.golive.stakeholder.communication.delivery.Communications;
import org.golive.stakeholder.communication.delivery.Delivery;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;

/**
 * The acknowledgement link of an e-mail, public (no sign-in): the token in the path is the credential. Opening the
 * link (GET) only shows what is to be acknowledged, because mail scanners open links on their own; the button on
 * that page (POST) acknowledges. Unknown (foreign or made-up) token: 404; malformed: 400; expired: 410; used: 409.
 */
@Tag(name = "Acknowledgements", description = "Acknowledgement links from the e-mails, usable without signing in")
@RestController
class AcknowledgementController {

    private final AcknowledgementTokens tokens;
    private final Communications communications;
    private final Clock clock;

    AcknowledgementController(AcknowledgementTokens tokens, Communications communications, Clock clock) {
        this.tokens = tokens;
        this.communications = communications;
        this.clock = clock;
    }

    record Acknowledged(String communicationId, String subject, String recipient, Instant acknowledgedAt) {
    }

    @Operation(summary = "Show what an acknowledgement link acknowledges (acknowledges nothing)")
    @GetMapping("/acknowledgements/{token}")
    ResponseEntity<String> show(@PathVariable String token) {
        AcknowledgementTokens.Grant grant = valid(token);
        Communication communication = communications.get(grant.communicationId());
        Delivery delivery = communication.delivery(grant.recipientKey());
        String subject = HtmlUtils.htmlEscape(communication.subject());
        String page = delivery.isAcknowledged()
                ? "<p>You acknowledged <b>" + subject + "</b> already. Thank you.</p>"
                : "<p>" + HtmlUtils.htmlEscape(delivery.name()) + ", please confirm that you have read <b>" + subject
                + "</b>.</p><form method=\"post\"><button type=\"submit\">I have read it</button></form>";
        return ResponseEntity.ok().contentType(MediaType.TEXT_HTML)
                .body("<!doctype html><html><head><meta charset=\"utf-8\"><title>Golive</title></head><body>"
                        + page + "</body></html>");
    }

    @Operation(summary = "Acknowledge by the link's token; the link works once")
    @PostMapping("/acknowledgements/{token}")
    Acknowledged acknowledge(@PathVariable String token) {
        AcknowledgementTokens.Grant grant = valid(token);
        Instant now = clock.instant();
        Communication communication = communications.change(grant.communicationId(),
                c -> c.acknowledge(grant.recipientKey(), now));
        Delivery delivery = communication.delivery(grant.recipientKey());
        return new Acknowledged(communication.id(), communication.subject(), delivery.name(),
                delivery.acknowledgedAt());
    }

    private AcknowledgementTokens.Grant valid(String token) {
        if (!AcknowledgementTokens.wellFormed(token)) {
            throw new MalformedToken();
        }
        AcknowledgementTokens.Grant grant = tokens.find(token)
                .orElseThrow(() -> new NotFoundException("Acknowledgement link", "with this token"));
        if (!clock.instant().isBefore(grant.expiresAt())) {
            throw new ExpiredToken(grant.expiresAt());
        }
        return grant;
    }

    @org.springframework.web.bind.annotation.ExceptionHandler(MalformedToken.class)
    ResponseEntity<ProblemDetail> malformed() {
        return problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
                "This is not an acknowledgement link's token: copy the whole link from the e-mail");
    }

    @org.springframework.web.bind.annotation.ExceptionHandler(ExpiredToken.class)
    ResponseEntity<ProblemDetail> expired(ExpiredToken e) {
        return problem(HttpStatus.GONE, "link-expired", "Link expired",
                "This acknowledgement link expired at " + e.expiredAt + "; ask the sender for a new one");
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("https://golive.org/problems/" + type));
        problem.setTitle(title);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static final class MalformedToken extends RuntimeException {
    }

    private static final class ExpiredToken extends RuntimeException {

        private final transient Instant expiredAt;

        ExpiredToken(Instant expiredAt) {
            this.expiredAt = expiredAt;
        }
    }
}
