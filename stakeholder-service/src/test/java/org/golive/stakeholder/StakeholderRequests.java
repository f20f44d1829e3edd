package org.golive.stakeholder;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Object mother of request bodies, as maps so that a test can break any one field. */
final class StakeholderRequests {

    private StakeholderRequests() {
    }

    static Map<String, Object> chiefOfMedicine(List<String> rolloutIds) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "Zoe Quinn");
        body.put("email", "zoe.quinn@northwind.example");
        body.put("title", "Chief of Medicine");
        body.put("organization", "Northwind General");
        body.put("roleGroup", "CLINICAL");
        body.put("influence", "HIGH");
        body.put("interest", "MEDIUM");
        body.put("currentEngagement", "RESISTANT");
        body.put("desiredEngagement", "SUPPORTIVE");
        body.put("champion", false);
        body.put("rolloutIds", rolloutIds);
        return body;
    }

    /** The minimum the register accepts: a name and a role group. */
    static Map<String, Object> analyst(String name, List<String> rolloutIds) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("roleGroup", "TECHNICAL");
        body.put("rolloutIds", rolloutIds);
        return body;
    }

    /** A copy of {@code body} with {@code field} set, or left out when {@code value} is null. */
    static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> changed = new LinkedHashMap<>(body);
        if (value == null) {
            changed.remove(field);
        } else {
            changed.put(field, value);
        }
        return changed;
    }
}
