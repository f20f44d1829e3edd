package org.golive.tracking.stakeholders;

import org.bson.Document;
import org.golive.tracking.health.StakeholderSignals;
import org.golive.tracking.intake.DocumentSource;
import org.golive.tracking.intake.ReadModels;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * The stakeholder dimension's data, from {@link StakeholderProjection}: none for a rollout stakeholder-service has
 * told nothing about (NO_DATA), else its open severe conflicts and acknowledgement rate.
 */
@Component
class EngagementSignals implements StakeholderSignals {

    private final MongoTemplate mongo;
    private final ReadModels readModels;

    EngagementSignals(MongoTemplate mongo, ReadModels readModels) {
        this.readModels = readModels;
        this.mongo = mongo;
    }

    @Override
    public Optional<Engagement> of(String rolloutId) {
        return Optional.ofNullable(mongo.findOne(query(where("_id").is(rolloutId)), Document.class,
                        readModels.collection(StakeholderProjection.ENGAGEMENT)))
                .map(EngagementDocuments::engagement).map(RolloutEngagement::engagement);
    }

    @Override
    public Map<String, Engagement> of(DocumentSource source, Collection<String> rolloutIds) {
        Map<String, Engagement> engagement = new HashMap<>();
        source.find(readModels.collection(StakeholderProjection.ENGAGEMENT), rolloutIds).forEach((id, document) ->
                engagement.put((String) id, EngagementDocuments.engagement(document).engagement()));
        return engagement;
    }
}
