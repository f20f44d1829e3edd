package org.golive.platform.outbox;

import java.util.List;

/**
 * What every change of an aggregate returns: its outcome (usually the aggregate's new state, or what the caller needs
 * to answer with) and the events it raised, which the caller stores together with the state in one write.
 */
public record Changed<T>(T result, List<RaisedEvent> events) {

    public Changed {
        events = List.copyOf(events);
    }

    public static <T> Changed<T> of(T result, RaisedEvent... events) {
        return new Changed<>(result, List.of(events));
    }

    /** A change that raised no event (a draft edited, a profile revised): the state is stored, nothing published. */
    public static <T> Changed<T> silently(T result) {
        return new Changed<>(result, List.of());
    }

    public boolean raisedEvents() {
        return !events.isEmpty();
    }
}
