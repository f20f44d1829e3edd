package org.golive.budget.impact;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A wave's name and place in its program, from planning's wave events. The rollout events carry the wave's name
 * too, but only as it was when the rollout last changed, and they travel under another key than a rename: kept
 * apart, each document is written by one source only, in that source's order.
 */
@Document(ImpactWave.COLLECTION)
record ImpactWave(@Id String waveId, String programId, String name, Integer sequence) {

    static final String COLLECTION = "impact_waves";
}
