package org.golive.budget.budget;

import org.golive.platform.outbox.AggregateStore;
import org.golive.platform.outbox.RaisedEvent;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;

@Repository
class Envelopes {

    private final AggregateStore store;

    Envelopes(AggregateStore store) {
        this.store = store;
    }

    Optional<Envelope> find(String programId, int fiscalYear) {
        return store.find(Envelope.class, Envelope.idOf(programId, fiscalYear));
    }

    Envelope save(Envelope envelope, List<RaisedEvent> events) {
        return envelope.version() == null ? store.insert(envelope, events) : store.update(envelope, events);
    }
}
