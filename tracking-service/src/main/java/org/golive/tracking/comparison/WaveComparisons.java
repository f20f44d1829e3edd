package org.golive.tracking.comparison;

import org.bson.Document;
import org.golive.platform.problem.NotFoundException;
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
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
    private final Scorecards scorecards;
    private final MongoTemplate mongo;
    private final ZoneId zone;

    WaveComparisons(RolloutPlans plans, Scorecards scorecards, MongoTemplate mongo,
                    @Value("${golive.tracking.time-zone:UTC}") ZoneId zone) {
        this.plans = plans;
        this.scorecards = scorecards;
        this.mongo = mongo;
        this.zone = zone;
    }

    /**
     * The wave's sites listed from their rollouts' documents; the plans decoded only of the sites shown (the caller
     * reads them and they have a go-live), all in one read, for the planned curve and the figures of past days.
     *
     * @throws NotFoundException for a wave tracking knows no site of
     */
    WaveComparison compare(String waveId, List<Integer> axis, LocalDate today, Predicate<String> readable,
                           boolean withMoney) {
        List<RolloutHeader> sites = plans.headersInWave(waveId);
        if (sites.isEmpty()) {
            throw new NotFoundException("Wave", waveId);
        }
        List<String> visible = sites.stream().filter(site -> readable.test(site.rolloutId()))
                .filter(site -> site.goLiveDate() != null)
                .sorted(Comparator.comparing(RolloutHeader::goLiveDate).thenComparing(RolloutHeader::siteName)
                        .thenComparing(RolloutHeader::rolloutId))
                .map(RolloutHeader::rolloutId).toList();
        Map<String, TrackedPlan> decoded = visible.isEmpty() ? Map.of()
                : plans.plans(DocumentSource.stored(mongo), visible);
        Map<String, Document> recorded = new HashMap<>();
        mongo.find(query(where("_id").in(visible)), Document.class, DailyPoints.SERIES)
                .forEach(series -> recorded.put(series.getString("_id"), series));
        return new WaveComparison(waveId, today, axis, visible.stream().map(decoded::get).filter(Objects::nonNull)
                .map(site -> series(site, axis, today, recorded.get(site.rolloutId()), withMoney)).toList());
    }

    private WaveComparison.SiteSeries series(TrackedPlan site, List<Integer> axis, LocalDate today, Document recorded,
                                             boolean withMoney) {
        Map<Long, Document> byDaysToGoLive = byDaysToGoLive(recorded);
        List<Revision> history = scorecards.find(site.rolloutId()).map(Scorecard::history).orElse(List.of());
        List<WaveComparison.Point> points = axis.stream().map(days -> {
            LocalDate date = site.goLiveDate().minusDays(days);
            Document point = byDaysToGoLive.get((long) days);
            boolean past = !date.isAfter(today);
            BigDecimal planned = DerivedFigures.planned(site, date);
            if (point != null) {
                return new WaveComparison.Point(days, date, planned, decimal(point, "percentComplete"),
                        WaveComparison.Source.RECORDED, decimal(point, "readinessScore"),
                        point.getString("readinessScore") == null ? null : WaveComparison.Source.RECORDED,
                        decimal(point, "spi"), withMoney ? decimal(point, "cpi") : null);
            }
            BigDecimal readiness = past ? DerivedFigures.readiness(history, date, zone) : null;
            return new WaveComparison.Point(days, date, planned, past ? DerivedFigures.doneBy(site, date) : null,
                    past ? WaveComparison.Source.DERIVED : null, readiness,
                    readiness == null ? null : WaveComparison.Source.DERIVED, null, null);
        }).toList();
        return new WaveComparison.SiteSeries(site.rolloutId(), site.siteName(), site.goLiveDate(),
                ChronoUnit.DAYS.between(today, site.goLiveDate()), points);
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
