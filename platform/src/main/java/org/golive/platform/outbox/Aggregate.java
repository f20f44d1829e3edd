package org.golive.platform.outbox;

import org.golive.platform.problem.ConflictException;
import org.golive.platform.problem.RuleViolationException;
import org.springframework.data.annotation.Version;

/**
 * Base of every aggregate stored with its events. {@link #version} detects concurrent edits (optimistic locking);
 * {@link #eventSequence} numbers the events the aggregate has raised so consumers can apply each exactly once.
 * Pending events live beside the state in the same document (field {@code outbox}), written in the same atomic
 * single-document operation, so a state change is never stored without its events nor the reverse.
 */
public abstract class Aggregate {

    @Version
    private Long version;

    private long eventSequence;

    public abstract String id();

    /** The CloudEvents {@code source} of the events this aggregate raises. */
    protected abstract String eventSource();

    public Long version() {
        return version;
    }

    /**
     * Refuses a change based on a stale read: the caller sends the version it read, and anyone's change since then
     * makes it a conflict (409) instead of a silent overwrite. A missing version is a 422 naming the field.
     */
    public void expectVersion(Long versionRead) {
        if (versionRead == null) {
            throw new RuleViolationException("version", "Send the version you read, so that nobody's change is"
                    + " overwritten");
        }
        if (!versionRead.equals(version)) {
            throw new ConflictException(getClass().getSimpleName() + " " + id() + " was changed by someone else (it"
                    + " is at version " + version + ", not " + versionRead + "); reload it and try again");
        }
    }

    long eventSequence() {
        return eventSequence;
    }

    void recorded(long newVersion, long newEventSequence) {
        this.version = newVersion;
        this.eventSequence = newEventSequence;
    }

    String source() {
        return eventSource();
    }
}
