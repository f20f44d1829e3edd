package org.golive.tracking.progresscurve;

import org.golive.tracking.status.ProgressCurves;

import java.util.Collection;
import java.util.Map;

/**
 * Rollouts' progress curves kept from their last judgements, so that a read showing a site's planned percent complete
 * on many days (the wave comparison) reads one small document per site, not the site's plan decoded per request.
 */
public interface KeptCurves {

    /**
     * The curves kept of these rollouts, each with the plan sequence it was worked out from: a reader holds it
     * against the plan's sequence now and works the figures out from the plan when they differ. A rollout missing
     * was never judged.
     */
    Map<String, ProgressCurves> of(Collection<String> rolloutIds);
}
