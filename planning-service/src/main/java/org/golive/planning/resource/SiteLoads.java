package org.golive.planning.resource;

import org.bson.Document;
import org.golive.platform.outbox.AggregateStore;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * The rollouts' spread demand, kept per assignment document and version: a program's refresh reads its documents'
 * versions (a projection), reads and spreads again only the documents whose version moved, and adds up the rest as
 * kept. Keyed by the stored version, so no instance adds up an old spread of a document that changed.
 */
@Component
class SiteLoads {

    private static final int MAX_ROLLOUTS = 20_000;

    private record Kept(long version, SiteLoad load) {
    }

    private final MongoTemplate mongo;
    private final AggregateStore store;
    private final Map<String, Kept> kept = new ConcurrentHashMap<>();

    SiteLoads(MongoTemplate mongo, AggregateStore store) {
        this.mongo = mongo;
        this.store = store;
    }

    /** Every rollout of the program with assignments, by rollout id. */
    List<SiteLoad> of(String programId) {
        Query versions = query(where("programId").is(programId)).with(org.springframework.data.domain.Sort.by("_id"));
        versions.fields().include("_id").include("version");
        List<SiteLoad> loads = new ArrayList<>();
        for (Document stored : mongo.find(versions, Document.class, mongo.getCollectionName(RolloutAssignments.class))) {
            String rolloutId = stored.getString("_id");
            Number version = stored.get("version", Number.class);
            Kept known = kept.get(rolloutId);
            if (known != null && version != null && known.version() == version.longValue()) {
                loads.add(known.load());
                continue;
            }
            Optional<RolloutAssignments> read = store.find(RolloutAssignments.class, rolloutId);
            read.ifPresent(document -> {
                SiteLoad load = SiteLoad.of(document.demand());
                if (kept.size() >= MAX_ROLLOUTS) {
                    kept.clear();
                }
                kept.put(rolloutId, new Kept(document.version(), load));
                loads.add(load);
            });
        }
        return loads;
    }
}
