package org.golive.budget.impact;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Where a site rollout sits in its program, as planning last said (rollout created or updated): what a roll-up
 * groups by. A read document written only by {@link ImpactSites}, never by a request.
 *
 * @param waveId   null when the rollout is in no wave
 * @param waveName the wave's name as the rollout event carried it; a later rename arrives as {@link ImpactWave}
 */
@Document(ImpactSite.COLLECTION)
record ImpactSite(@Id String rolloutId, @Indexed String programId, String waveId, String waveName,
                  String siteName) {

    static final String COLLECTION = "impact_sites";
}
