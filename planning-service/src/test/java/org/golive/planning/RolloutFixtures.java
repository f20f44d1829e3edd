package org.golive.planning;

import org.golive.testsupport.HttpJson;

import java.util.Map;

/** Programs and site rollouts created through the API, for tests that need one to work on. */
final class RolloutFixtures {

    private RolloutFixtures() {
    }

    /** Creates a program named {@code program} with one site rollout as {@code site} describes; returns its id. */
    static String newRollout(HttpJson admin, String program, Map<String, ?> site) {
        String programId = admin.post("/programs", Map.of("name", program)).json().get("id").asString();
        return admin.post("/programs/" + programId + "/rollouts", site).json().get("id").asString();
    }
}
