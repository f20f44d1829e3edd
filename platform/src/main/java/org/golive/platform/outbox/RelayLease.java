package org.golive.platform.outbox;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * Only one instance of a service relays its outbox at a time, so events are never published twice concurrently nor
 * out of order. The holder renews the lease once a third of it has passed (not on every round: a busy relay would
 * pay a durable write per round for nothing, since nobody may take a lease before it expires); another instance
 * takes it over once it has expired.
 * (A holder that stalls past the lease is also fenced by Kafka: the relays share one transactional id.)
 */
public class RelayLease {

    static final String COLLECTION = "outbox_lease";
    private static final String LEASE_ID = "relay";

    private final MongoTemplate mongo;
    private final String owner;
    private final Duration ttl;
    private final Clock clock;
    /** When this instance last took or renewed the lease; null while it does not hold it. Read by the relay only. */
    private Instant renewedAt;

    public RelayLease(MongoTemplate mongo, String owner, Duration ttl, Clock clock) {
        this.mongo = mongo;
        this.owner = owner;
        this.ttl = ttl;
        this.clock = clock;
    }

    /** Takes or renews the lease; false while another live instance holds it. */
    boolean acquire() {
        Instant now = clock.instant();
        if (renewedAt != null && now.isBefore(renewedAt.plus(ttl.dividedBy(3))) && !now.isBefore(renewedAt)) {
            return true; // held until renewedAt + ttl: nobody can have taken it
        }
        renewedAt = null;
        try {
            mongo.upsert(
                    query(where("_id").is(LEASE_ID).orOperator(
                            where("owner").is(owner), where("expiresAt").lt(Date.from(now)))),
                    new Update().set("owner", owner).set("expiresAt", Date.from(now.plus(ttl))),
                    COLLECTION);
            renewedAt = now;
            return true;
        } catch (DuplicateKeyException heldByAnother) {
            return false;
        }
    }

    void release() {
        renewedAt = null;
        mongo.remove(query(where("_id").is(LEASE_ID).and("owner").is(owner)), COLLECTION);
    }

    String owner() {
        return owner;
    }
}
