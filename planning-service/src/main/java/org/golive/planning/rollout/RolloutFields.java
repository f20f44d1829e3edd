package org.golive.planning.rollout;

import org.golive.planning.plan.SitePlan;
import org.springframework.data.mapping.PersistentProperty;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.MongoPersistentProperty;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The stored names of the fields a change writes: the rollout's, and its plan's (the tasks are stored apart). */
enum RolloutFields {

    ROLLOUT(Rollout.class),
    PLAN(SitePlan.class);

    /** Written by the store itself, never by a change. */
    private static final Set<String> STORE_FIELDS = Set.of("_id", "version", "eventSequence");

    private final Class<?> type;

    RolloutFields(Class<?> type) {
        this.type = type;
    }

    List<String> of(MongoTemplate mongo) {
        List<String> fields = new ArrayList<>();
        for (PersistentProperty<?> property : mongo.getConverter().getMappingContext()
                .getRequiredPersistentEntity(type)) {
            String field = ((MongoPersistentProperty) property).getFieldName();
            if (!STORE_FIELDS.contains(field)) {
                fields.add(field);
            }
        }
        return fields;
    }
}
