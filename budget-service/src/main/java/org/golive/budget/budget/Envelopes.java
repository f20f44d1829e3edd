package org.golive.budget.budget;

import org.golive.platform.outbox.AggregateStore;
import org.golive.platform.outbox.Changed;
import org.springframework.stereotype.Repository;

import java.util.Optional;

@Repository
public class Envelopes {

    private final AggregateStore store;

    Envelopes(AggregateStore store) {
        this.store = store;
    }

    public Optional<Envelope> find(String programId, int fiscalYear) {
        return store.find(Envelope.class, Envelope.idOf(programId, fiscalYear));
    }

    /** Stores a changed envelope with its events: inserted the first time, updated (version-checked) after. */
    Envelope save(Changed<Envelope> changed) {
        Envelope envelope = changed.result();
        return envelope.version() == null ? store.insert(envelope, changed.events())
                : store.update(envelope, changed.events());
    }
}
