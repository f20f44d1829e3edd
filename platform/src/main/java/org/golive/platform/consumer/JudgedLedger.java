package org.golive.platform.consumer;

import com.mongodb.client.result.UpdateResult;
import org.bson.Document;
import org.golive.platform.consumer.SourceLedger.Admission;
import org.golive.platform.consumer.SourceLedger.Verdict;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import static org.golive.platform.consumer.SourceLedger.COLLECTION;
import static org.golive.platform.consumer.SourceLedger.key;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * A source's ledger as read, and the events judged against it one after the other in memory: each new sequence
 * recorded as the ledger would record it, then written back in one write ({@link #write}).
 */
final class JudgedLedger {

    private final int window;
    private final boolean existed;
    private final long lastRead;
    private final Set<String> recentRead;
    private long first;
    private long sequence;
    private String eventId;
    private final Map<String, String> recent = new LinkedHashMap<>();
    private boolean changed;

    JudgedLedger(Document entry, int window) {
        this.window = window;
        this.existed = entry != null;
        if (entry != null) {
            first = entry.get("first", Number.class).longValue();
            sequence = entry.get("sequence", Number.class).longValue();
            eventId = entry.getString("eventId");
            Document stored = entry.get("recent", Document.class);
            if (stored != null) {
                stored.forEach((k, v) -> recent.put(k, (String) v));
            }
        }
        this.lastRead = sequence;
        this.recentRead = Set.copyOf(recent.keySet());
    }

    Admission judge(IncomingEvent event) {
        long arriving = event.sequence();
        if (!existed && !changed) {
            first = arriving;
            record(event);
            return new Admission(arriving == 1 ? Verdict.NEXT : Verdict.GAP, 1, null);
        }
        long last = sequence;
        if (arriving <= last) {
            String known = recent.get(key(arriving));
            if (known != null) {
                return new Admission(known.equals(event.id()) ? Verdict.REDELIVERED : Verdict.CONFLICT, last + 1,
                        known);
            }
            boolean remembered = arriving > last - window && arriving >= first;
            return new Admission(remembered ? Verdict.LATE : Verdict.UNVERIFIABLE, last + 1, null);
        }
        record(event);
        // Forget what slides out of the window: it held (last - window, last] and now holds
        // (arriving - window, arriving].
        for (long old = Math.max(first, last - window + 1); old <= Math.min(arriving - window, last); old++) {
            recent.remove(key(old));
        }
        return new Admission(arriving == last + 1 ? Verdict.NEXT : Verdict.GAP, last + 1, null);
    }

    private void record(IncomingEvent event) {
        sequence = event.sequence();
        eventId = event.id();
        recent.put(key(sequence), event.id());
        changed = true;
    }

    /** Writes what the events added; false if another delivery wrote the ledger since it was read. */
    boolean write(MongoTemplate mongo, String source) {
        if (!changed) {
            return true;
        }
        if (!existed) {
            Document entry = new Document("_id", source).append("first", first).append("sequence", sequence)
                    .append("eventId", eventId).append("recent", new Document(recent));
            try {
                mongo.insert(entry, COLLECTION);
                return true;
            } catch (DuplicateKeyException raced) {
                return false;
            }
        }
        Update update = new Update().set("sequence", sequence).set("eventId", eventId);
        recent.forEach((k, id) -> {
            if (!recentRead.contains(k)) {
                update.set("recent." + k, id);
            }
        });
        recentRead.stream().filter(k -> !recent.containsKey(k)).forEach(k -> update.unset("recent." + k));
        UpdateResult result = mongo.updateFirst(query(where("_id").is(source).and("sequence").is(lastRead)),
                update, COLLECTION);
        return result.getModifiedCount() == 1;
    }
}
