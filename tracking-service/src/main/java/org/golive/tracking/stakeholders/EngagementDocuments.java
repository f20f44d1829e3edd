package org.golive.tracking.stakeholders;

import org.bson.Document;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** The stored form of a rollout's engagement: conflicts and communications keyed by id, recipients by key. */
final class EngagementDocuments {

    private EngagementDocuments() {
    }

    /** Field names may not contain dots or start with '$': ids and recipient keys are escaped one-to-one. */
    static String key(String id) {
        return id.replace("%", "%25").replace(".", "%2E").replace("$", "%24");
    }

    static RolloutEngagement engagement(Document d) {
        Map<String, RolloutEngagement.Conflict> conflicts = new HashMap<>();
        entries(d, "conflicts").forEach((id, conflict) -> conflicts.put(id, new RolloutEngagement.Conflict(
                conflict.getString("severity"), Boolean.TRUE.equals(conflict.getBoolean("resolved")))));
        Map<String, RolloutEngagement.Communication> communications = new HashMap<>();
        entries(d, "communications").forEach((id, communication) -> communications.put(id,
                new RolloutEngagement.Communication(communication.getBoolean("asks"),
                        recipients(communication, "delivered"), recipients(communication, "acknowledged"))));
        return new RolloutEngagement(conflicts, communications);
    }

    private static Map<String, Document> entries(Document d, String field) {
        Map<String, Document> entries = new HashMap<>();
        Document byId = d.get(field, Document.class);
        if (byId != null) {
            byId.forEach((id, value) -> entries.put(id, (Document) value));
        }
        return entries;
    }

    private static Set<String> recipients(Document communication, String field) {
        Document byKey = communication.get(field, Document.class);
        return byKey == null ? Set.of() : Set.copyOf(byKey.keySet());
    }
}
