package org.golive.planning.template;

import java.time.Instant;
import java.util.List;

/**
 * One version of a plan template. A draft may be edited; once published it never changes, so every site plan made
 * from it can say exactly what it was made from. Changes go into a new version.
 */
public record TemplateVersion(int number, State state, List<Phase> phases, List<TemplateTask> tasks,
                              Instant createdAt, Instant publishedAt) {

    public enum State { DRAFT, PUBLISHED }

    public TemplateVersion {
        phases = List.copyOf(phases);
        tasks = List.copyOf(tasks);
    }

    public boolean published() {
        return state == State.PUBLISHED;
    }
}
