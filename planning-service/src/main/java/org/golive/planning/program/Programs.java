package org.golive.planning.program;

import org.golive.platform.outbox.AggregateStore;
import org.golive.platform.outbox.RaisedEvent;
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

    Program add(Program.Created created) {
        return store.insert(created.program(), List.of(created.event()));
    }

    Program save(Program program, RaisedEvent event) {
        return store.update(program, List.of(event));
    }

    Wave addWave(String programId, String waveName, java.time.Instant now) {
        Program program = get(programId);
        Program.WaveAdded added = program.addWave(waveName, now);
        store.update(program, List.of(added.event()));
        return added.wave();
    }
}
