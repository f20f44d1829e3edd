package org.golive.planning.program;

import org.golive.platform.outbox.AggregateStore;
import org.golive.platform.outbox.Changed;
import org.golive.platform.problem.NotFoundException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import java.util.List;

/** The stored programs; every change is written with its events in one document write. */
@Repository
public class Programs {

    private final AggregateStore store;
    private final MongoTemplate mongo;

    Programs(AggregateStore store, MongoTemplate mongo) {
        this.store = store;
        this.mongo = mongo;
    }

    public Program get(String id) {
        return store.find(Program.class, id).orElseThrow(() -> new NotFoundException("Program", id));
    }

    List<Program> all() {
        return mongo.find(new Query().with(Sort.by("createdAt")), Program.class);
    }

    Program add(Changed<Program> created) {
        return store.insert(created.result(), created.events());
    }

    /** Stores a change of a loaded program with its events and answers with the change's result. */
    <T> T save(Program program, Changed<T> changed) {
        store.update(program, changed.events());
        return changed.result();
    }

    Wave addWave(String programId, String waveName, java.time.Instant now) {
        Program program = get(programId);
        return save(program, program.addWave(waveName, now));
    }
}
