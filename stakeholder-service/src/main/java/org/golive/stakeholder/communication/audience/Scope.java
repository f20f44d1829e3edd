package org.golive.stakeholder.communication.audience;

/**
 * What a plan or a communication is about: one site's rollout, or a whole program (rollout id null). The Kafka key
 * of its events is the rollout id, or the program id.
 */
public record Scope(String rolloutId, String programId) {

    public boolean isProgram() {
        return rolloutId == null;
    }

    public String eventKey() {
        return rolloutId != null ? rolloutId : programId;
    }
}
