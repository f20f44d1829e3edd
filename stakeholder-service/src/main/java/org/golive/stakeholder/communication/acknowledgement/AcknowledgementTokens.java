package org.golive.stakeholder.communication.acknowledgement;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The tokens of acknowledgement links: 256 random bits from {@link SecureRandom}, sent in the e-mail and stored only
 * as their SHA-256 (a leaked database gives no working link). A token names one communication and one recipient and
 * expires; that it works once is the communication's rule (a second acknowledgement is refused).
 */
@Component
public class AcknowledgementTokens {

    static final String COLLECTION = "acknowledgement_tokens";
    /** 32 bytes in URL-safe Base64 without padding. */
    static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{43}");

    /** What a token stands for. */
    public record Grant(String communicationId, String recipientKey, Instant expiresAt) {
    }

    private final SecureRandom random = new SecureRandom();
    private final MongoTemplate mongo;

    AcknowledgementTokens(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** A new token for the recipient of the communication; stored (hashed) before it may be sent. */
    public String issue(String communicationId, String recipientKey, Instant expiresAt) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        mongo.insert(new Document("_id", hash(token)).append("communicationId", communicationId)
                .append("recipientKey", recipientKey).append("expiresAt", Date.from(expiresAt)), COLLECTION);
        return token;
    }

    /** Empty for a token nobody issued (a foreign or made-up one). */
    Optional<Grant> find(String token) {
        Document found = mongo.findById(hash(token), Document.class, COLLECTION);
        return Optional.ofNullable(found).map(d -> new Grant(d.getString("communicationId"),
                d.getString("recipientKey"), d.getDate("expiresAt").toInstant()));
    }

    static boolean wellFormed(String token) {
        return token != null && FORMAT.matcher(token).matches();
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
