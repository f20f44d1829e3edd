package org.golive.tracking.readiness;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Scorecards seeded as the standard EHR template's plan seeds them. */
final class ScorecardMother {

    static final Instant NOW = Instant.parse("2027-05-20T10:00:00Z");
    static final LocalDate GO_LIVE = LocalDate.of(2027, 6, 5);

    private ScorecardMother() {
    }

    static List<StandardCriteria.TaggedTask> standardTags() {
        return List.of(
                new StandardCriteria.TaggedTask("device-install", "Devices installed and tested", "design-build", "CIO"),
                new StandardCriteria.TaggedTask("build-complete", "Build signed off", "design-build", "CMIO"),
                new StandardCriteria.TaggedTask("end-user-training", "End users trained (90%)", "train", "CNO"),
                new StandardCriteria.TaggedTask("go-no-go", "Go decision recorded", "go-live", "CEO"),
                new StandardCriteria.TaggedTask("kiosk-check", "Patient kiosks certified", "test", "CIO"),
                new StandardCriteria.TaggedTask("kickoff", null, "assess", "PM"));
    }

    static Scorecard seeded() {
        return Scorecard.seed("r-1", "p-1", GO_LIVE, standardTags(), Map.of(), 10, NOW).result();
    }

    /** Every criterion met: what a site ready to go live looks like. */
    static Scorecard ready() {
        Scorecard card = seeded();
        card.criteria().forEach(c -> card.assess(c.id(), 100, "signed off", null, "pmo", NOW));
        return card;
    }
}
