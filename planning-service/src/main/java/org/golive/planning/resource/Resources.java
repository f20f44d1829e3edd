package org.golive.planning.resource;

import org.golive.platform.outbox.AggregateStore;
import org.golive.platform.outbox.Changed;
import org.golive.platform.problem.NotFoundException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

import java.util.List;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/** A program's resource pool as stored, each resource with its events in one document write. */
@Repository
class Resources {

    private final AggregateStore store;
    private final MongoTemplate mongo;

    Resources(AggregateStore store, MongoTemplate mongo) {
        this.store = store;
        this.mongo = mongo;
    }

    /** A resource of the program's pool; one of another program, or removed, is not found. */
    Resource get(String programId, String resourceId) {
        return store.find(Resource.class, resourceId)
                .filter(resource -> resource.programId().equals(programId) && !resource.removed())
                .orElseThrow(() -> new NotFoundException("Resource", resourceId));
    }

    /** The program's pool, in the order resources were added (removed ones left out). */
    List<Resource> pool(String programId) {
        return mongo.find(query(where("programId").is(programId)).with(Sort.by("addedAt", "_id")), Resource.class)
                .stream().filter(resource -> !resource.removed()).toList();
    }

    Resource add(Changed<Resource> added) {
        return store.insert(added.result(), added.events());
    }

    Resource save(Changed<Resource> changed) {
        return store.update(changed.result(), changed.events());
    }
}
