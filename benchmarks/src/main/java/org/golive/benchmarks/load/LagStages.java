package org.golive.benchmarks.load;

/**
 * The projection-lag benchmark's measured period split by stage, from the services' own histograms (read before and
 * after it): planning's outbox (from a write until the relay published it; a relay round's Kafka transaction) and
 * tracking's event ages (from the write that raised an event until it was published, received, written and applied).
 */
final class LagStages {

    private final Api planning;
    private final Api tracking;
    private final ScrapedHistograms planningBefore;
    private final ScrapedHistograms trackingBefore;

    /** Reads the histograms as they stand: build it just before the measured period. */
    LagStages(Api planning, Api tracking) {
        this.planning = planning;
        this.tracking = tracking;
        this.planningBefore = planningHistograms();
        this.trackingBefore = trackingHistograms();
    }

    private ScrapedHistograms planningHistograms() {
        return ScrapedHistograms.of(planning, "golive_outbox_wait_seconds", "golive_outbox_transaction_seconds",
                "golive_outbox_round_seconds");
    }

    private ScrapedHistograms trackingHistograms() {
        return ScrapedHistograms.of(tracking, "golive_tracking_event_age_seconds");
    }

    void report() {
        System.out.println("Stages over the measured period (the services' histograms; a percentile is its"
                + " bucket's upper bound):");
        planningHistograms().since(planningBefore, "").forEach(p -> System.out.println("  planning " + p.row()));
        trackingHistograms().since(trackingBefore, "golive.planning.events")
                .forEach(p -> System.out.println("  tracking " + p.row()));
    }
}
