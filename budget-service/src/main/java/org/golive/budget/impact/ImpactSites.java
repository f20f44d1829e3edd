package org.golive.budget.impact;

import org.golive.platform.consumer.AppliedEvents;
import org.golive.platform.consumer.IncomingEvent;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * What budget knows of each program's structure, learned from planning's events (never by calling planning): its
 * site rollouts and their waves. Each event is applied once, in its source's order.
 */
@Repository
public class ImpactSites {

    private final MongoTemplate mongo;
    private final AppliedEvents applied;

    ImpactSites(MongoTemplate mongo, AppliedEvents applied) {
        this.mongo = mongo;
        this.applied = applied;
    }

    /** Records a rollout as a rollout event describes it now (a move to another wave included). */
    public void recordSite(IncomingEvent event, String rolloutId, String programId, String waveId, String waveName,
                           String siteName) {
        applied.apply(event, ImpactSite.COLLECTION, rolloutId, new Update().set("programId", programId)
                .set("waveId", waveId).set("waveName", waveName).set("siteName", siteName));
    }

    /** Records a wave as a wave event (created, renamed) describes it. */
    public void recordWave(IncomingEvent event, String waveId, String programId, String name, int sequence) {
        applied.apply(event, ImpactWave.COLLECTION, waveId, new Update().set("programId", programId)
                .set("name", name).set("sequence", sequence));
    }

    Optional<ImpactSite> site(String rolloutId) {
        return Optional.ofNullable(mongo.findById(rolloutId, ImpactSite.class));
    }

    /** The wave's name from its own events when one has been seen, else as the site's rollout event gave it. */
    String waveNameOf(ImpactSite site) {
        ImpactWave wave = site.waveId() == null ? null : mongo.findById(site.waveId(), ImpactWave.class);
        return wave != null && wave.name() != null ? wave.name() : site.waveName();
    }

    /** Each known site of the program with its wave, for a roll-up of something other than fiscal plans. */
    public List<SitePlacement> placementsOf(String programId) {
        Map<String, ImpactWave> waves = wavesOf(programId);
        return ofProgram(programId).stream().map(site -> {
            ImpactWave wave = site.waveId() == null ? null : waves.get(site.waveId());
            String waveName = wave != null && wave.name() != null ? wave.name() : site.waveName();
            return new SitePlacement(site.rolloutId(), site.siteName(), site.waveId(), waveName,
                    wave == null ? null : wave.sequence());
        }).toList();
    }

    List<ImpactSite> ofProgram(String programId) {
        return mongo.find(query(where("programId").is(programId)), ImpactSite.class);
    }

    Map<String, ImpactWave> wavesOf(String programId) {
        return mongo.find(query(where("programId").is(programId)), ImpactWave.class).stream()
                .collect(Collectors.toMap(ImpactWave::waveId, Function.identity()));
    }
}
