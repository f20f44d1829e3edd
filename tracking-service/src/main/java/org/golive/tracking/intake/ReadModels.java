package org.golive.tracking.intake;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * Where the read models built from events live: each such collection exists in generations, and a pointer document
 * names the active one. Projections and repositories name their collections through {@link #collection(String)}, so
 * a rebuild writes a new generation beside the one being read and a switch of the pointer moves every reader at once.
 * Generation 0 is the collection's plain name (the data before rebuilds existed); generation n is {@code name__gn}.
 * The rebuild's thread writes into the generation it builds ({@link #building}); every other thread sees the active
 * one. The pointer is re-read at most once a second, so other instances follow a switch; generations only grow.
 */
@Component
public class ReadModels {

    static final String POINTER = "read_model_generations";
    private static final String ACTIVE = "active";
    private static final String SEPARATOR = "__g";
    private static final Duration REREAD = Duration.ofSeconds(1);

    private final MongoTemplate mongo;
    private final ThreadLocal<Long> building = new ThreadLocal<>();
    /** Only ever raised (accumulated with max), so a re-read that raced a switch cannot take it back. */
    private final AtomicLong active = new AtomicLong();
    private volatile Instant readAt = Instant.MIN;

    ReadModels(MongoTemplate mongo) {
        this.mongo = mongo;
        this.active.set(stored());
    }

    /** The name of the collection {@code name} in the generation this thread reads and writes. */
    public String collection(String name) {
        Long built = building.get();
        return nameIn(name, built != null ? built : active());
    }

    public static String nameIn(String name, long generation) {
        return generation == 0 ? name : name + SEPARATOR + generation;
    }

    /** The generation readers see. */
    public long active() {
        Instant now = Clock.systemUTC().instant();
        if (now.isAfter(readAt.plus(REREAD))) {
            readAt = now;
            active.accumulateAndGet(stored(), Math::max);
        }
        return active.get();
    }

    /** Runs {@code work} on this thread with every read model named in {@code generation}. */
    public <T> T building(long generation, Supplier<T> work) {
        building.set(generation);
        try {
            return work.get();
        } finally {
            building.remove();
        }
    }

    /** Makes {@code generation} the one every reader sees (one write to the pointer). */
    public void activate(long generation) {
        mongo.upsert(query(where("_id").is(ACTIVE)), new Update().set("generation", generation), POINTER);
        active.accumulateAndGet(generation, Math::max);
    }

    /** The collections of {@code generation}, by their generation's name (found in the database, not guessed). */
    public Set<String> collectionsOf(long generation) {
        Set<String> names = new TreeSet<>();
        Set<String> all = mongo.getCollectionNames();
        if (generation > 0) {
            all.stream().filter(n -> n.endsWith(SEPARATOR + generation)).forEach(names::add);
            return names;
        }
        // Generation 0 has plain names: those of the read models any later generation holds.
        for (String name : all) {
            int at = name.lastIndexOf(SEPARATOR);
            if (at > 0 && name.substring(at + SEPARATOR.length()).chars().allMatch(Character::isDigit)
                    && all.contains(name.substring(0, at))) {
                names.add(name.substring(0, at));
            }
        }
        return names;
    }

    /** Drops a generation's collections; never the active one. */
    public void drop(long generation) {
        if (generation == active()) {
            throw new IllegalStateException("Generation " + generation + " is the active one");
        }
        collectionsOf(generation).forEach(mongo::dropCollection);
    }

    /** Every generation present in the database other than the active one (left over by a crash or an abandon). */
    public Set<Long> inactive() {
        Set<Long> found = new TreeSet<>();
        long current = active();
        for (String name : mongo.getCollectionNames()) {
            int at = name.lastIndexOf(SEPARATOR);
            String suffix = at > 0 ? name.substring(at + SEPARATOR.length()) : "";
            if (!suffix.isEmpty() && suffix.chars().allMatch(Character::isDigit)) {
                long generation = Long.parseLong(suffix);
                if (generation != current) {
                    found.add(generation);
                }
                if (current != 0 && mongo.collectionExists(name.substring(0, at))) {
                    found.add(0L);
                }
            }
        }
        return found;
    }

    private long stored() {
        Document pointer = mongo.findById(ACTIVE, Document.class, POINTER);
        return pointer == null ? 0 : pointer.get("generation", Number.class).longValue();
    }
}
