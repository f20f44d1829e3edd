package org.golive.planning.rollout;

import org.golive.planning.plan.SitePlan;
import org.springframework.data.mapping.context.MappingContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
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
        MappingContext<? extends MongoPersistentEntity<?>, MongoPersistentProperty> context =
                mongo.getConverter().getMappingContext();
        add(context, context.getRequiredPersistentEntity(type), fields);
        return fields;
    }

    /** An unwrapped property ({@code SitePlan}'s calendars) stands for the fields of its own type. */
    private static void add(MappingContext<? extends MongoPersistentEntity<?>, MongoPersistentProperty> context,
                            MongoPersistentEntity<?> entity, List<String> fields) {
        for (MongoPersistentProperty property : entity) {
            if (property.isUnwrapped()) {
                add(context, context.getRequiredPersistentEntity(property), fields);
            } else if (!STORE_FIELDS.contains(property.getFieldName())) {
                fields.add(property.getFieldName());
            }
        }
    }
}
