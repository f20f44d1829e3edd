package org.golive.tracking.comparison;

import org.bson.Document;
import org.golive.platform.problem.NotFoundException;
import org.golive.tracking.progresscurve.KeptCurves;
import org.golive.tracking.status.ProgressCurves;
import org.golive.tracking.readiness.Revision;
import org.golive.tracking.readiness.Scorecard;
import org.golive.tracking.readiness.Scorecards;
import org.golive.tracking.intake.DocumentSource;
import org.golive.tracking.status.RolloutHeader;
import org.golive.tracking.status.RolloutPlans;
import org.golive.tracking.status.TrackedPlan;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * Puts a wave's sites on the days-to-go-live axis: for each T-minus day, the recorded point of the day the site was
 * that many days before its go-live, else what can be derived ({@link DerivedFigures}) for a day already past.
 */
@Component
class WaveComparisons {

    private final RolloutPlans plans;
    private final KeptCurves curves;
    private final Scorecards scorecards;
    private final MongoTemplate mongo;
    private final ZoneId zone;

    WaveComparisons(RolloutPlans plans, KeptCurves curves, Scorecards scorecards, MongoTemplate mongo,
                    @Value("${golive.tracking.time-zone:UTC}") ZoneId zone) {
        this.plans = plans;
        this.curves = curves;
        this.scorecards = scorecards;
        this.mongo = mongo;
        this.zone = zone;
    }

    /**
     * The wave's sites listed from their rollouts' documents; of the sites shown (the caller reads them and they have
     * a go-live), the progress curves kept from their last judgements, and the plans decoded (all in one read) only of
     * those whose curves are missing or of an older plan.
     *
     * @throws NotFoundException for a wave tracking knows no site of
     */
    WaveComparison compare(String waveId, List<Integer> axis, LocalDate today, Predicate<String> readable,
                           boolean withMoney) {
        List<RolloutHeader> sites = plans.headersInWave(waveId);
        if (sites.isEmpty()) {
            throw new NotFoundException("Wave", waveId);
        }
        List<RolloutHeader> visible = sites.stream().filter(site -> readable.test(site.rolloutId()))
                .filter(site -> site.goLiveDate() != null)
                .sorted(Comparator.comparing(RolloutHeader::goLiveDate).thenComparing(RolloutHeader::siteName)
                        .thenComparing(RolloutHeader::rolloutId))
                .toList();
        List<String> ids = visible.stream().map(RolloutHeader::rolloutId).toList();
        Map<String, SiteProgress> progress = progress(visible);
        Map<String, Document> recorded = new HashMap<>();
        mongo.find(query(where("_id").in(ids)), Document.class, DailyPoints.SERIES)
                .forEach(series -> recorded.put(series.getString("_id"), series));
        return new WaveComparison(waveId, today, axis, visible.stream().filter(site -> progress.containsKey(
                        site.rolloutId()))
                .map(site -> series(site, progress.get(site.rolloutId()), axis, today,
                        recorded.get(site.rolloutId()), withMoney)).toList());
    }

    /** Each site's percent complete by day: its kept curves where they are of its plan now, else its plan. */
    private Map<String, SiteProgress> progress(List<RolloutHeader> sites) {
        Map<String, SiteProgress> progress = new HashMap<>();
        if (sites.isEmpty()) {
            return progress;
        }
        Map<String, ProgressCurves> kept = curves.of(sites.stream().map(RolloutHeader::rolloutId).toList());
        List<String> toDecode = new ArrayList<>();
        for (RolloutHeader site : sites) {
            ProgressCurves curve = kept.get(site.rolloutId());
            if (curve != null && curve.planSequence() == site.planSequence()) {
                progress.put(site.rolloutId(), SiteProgress.of(curve));
            } else {
                toDecode.add(site.rolloutId());
            }
        }
        if (!toDecode.isEmpty()) {
            plans.plans(DocumentSource.stored(mongo), toDecode)
                    .forEach((rolloutId, plan) -> progress.put(rolloutId, SiteProgress.of(plan)));
        }
        return progress;
    }

    private WaveComparison.SiteSeries series(RolloutHeader site, SiteProgress progress, List<Integer> axis,
                                             LocalDate today, Document recorded, boolean withMoney) {
        Map<Long, Document> byDaysToGoLive = byDaysToGoLive(recorded);
        List<Revision> history = scorecards.find(site.rolloutId()).map(Scorecard::history).orElse(List.of());
        List<WaveComparison.Point> points = axis.stream().map(days -> {
            LocalDate date = site.goLiveDate().minusDays(days);
            Document point = byDaysToGoLive.get((long) days);
            boolean past = !date.isAfter(today);
            BigDecimal planned = progress.planned(date);
            if (point != null) {
                return new WaveComparison.Point(days, date, planned, decimal(point, "percentComplete"),
                        WaveComparison.Source.RECORDED, decimal(point, "readinessScore"),
                        point.getString("readinessScore") == null ? null : WaveComparison.Source.RECORDED,
                        decimal(point, "spi"), withMoney ? decimal(point, "cpi") : null);
            }
            BigDecimal readiness = past ? DerivedFigures.readiness(history, date, zone) : null;
            return new WaveComparison.Point(days, date, planned, past ? progress.doneBy(date) : null,
                    past ? WaveComparison.Source.DERIVED : null, readiness,
                    readiness == null ? null : WaveComparison.Source.DERIVED, null, null);
        }).toList();
        return new WaveComparison.SiteSeries(site.rolloutId(), site.siteName(), site.goLiveDate(),
                ChronoUnit.DAYS.between(today, site.goLiveDate()), points);
    }

    /** A site's planned and done percent on a day, from its kept curves or worked out from its plan. */
    private interface SiteProgress {

        BigDecimal planned(LocalDate date);

        BigDecimal doneBy(LocalDate date);

        static SiteProgress of(ProgressCurves curves) {
            return new SiteProgress() {
                @Override
                public BigDecimal planned(LocalDate date) {
                    return curves.plannedOn(date);
                }

                @Override
                public BigDecimal doneBy(LocalDate date) {
                    return curves.doneOn(date);
                }
            };
        }

        static SiteProgress of(TrackedPlan plan) {
            return new SiteProgress() {
                @Override
                public BigDecimal planned(LocalDate date) {
                    return DerivedFigures.planned(plan, date);
                }

                @Override
                public BigDecimal doneBy(LocalDate date) {
                    return DerivedFigures.doneBy(plan, date);
                }
            };
        }
    }

    /** The recorded points by their days to go-live; where a moved go-live put two days on one, the later day. */
    private static Map<Long, Document> byDaysToGoLive(Document recorded) {
        Map<Long, Document> byDays = new HashMap<>();
        Document points = recorded == null ? null : recorded.get("points", Document.class);
        if (points != null) {
            new TreeMap<>(points).forEach((date, point) -> {
                Document p = (Document) point;
                byDays.put(p.get("daysToGoLive", Number.class).longValue(), p);
            });
        }
        return byDays;
    }

    private static BigDecimal decimal(Document point, String field) {
        String text = point.getString(field);
        return text == null ? null : new BigDecimal(text);
    }
}
