package org.golive.tracking.benefits;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A KPI across the program's sites in a month: the mean of the live sites' progress and of what their paths expect
 * (each site counts once, whatever its size), how many sites stand where, and which lag.
 *
 * @param progressPercent mean progress of the sites that have one, one decimal; null when none has
 * @param expectedPercent mean of the same sites' path, one decimal; null when none has progress
 * @param sitesByStatus   every status, with zero where no site stands
 * @param lagging         the lagging sites' ids, in the order given
 */
public record ProgramProgress(BigDecimal progressPercent, BigDecimal expectedPercent,
                              Map<SiteProgress.Status, Integer> sitesByStatus, List<String> lagging) {

    /** A site's progress on the KPI, named. */
    public record Site(String rolloutId, SiteProgress progress) {
    }

    public static ProgramProgress of(List<Site> sites) {
        Map<SiteProgress.Status, Integer> byStatus = new EnumMap<>(SiteProgress.Status.class);
        for (SiteProgress.Status status : SiteProgress.Status.values()) {
            byStatus.put(status, 0);
        }
        sites.forEach(s -> byStatus.merge(s.progress().status(), 1, Integer::sum));
        List<SiteProgress> measured = sites.stream().map(Site::progress)
                .filter(p -> p.progressPercent() != null).toList();
        return new ProgramProgress(mean(measured.stream().map(SiteProgress::progressPercent).toList()),
                mean(measured.stream().map(SiteProgress::expectedPercent).filter(Objects::nonNull).toList()),
                byStatus, sites.stream().filter(s -> s.progress().status() == SiteProgress.Status.LAGGING)
                        .map(Site::rolloutId).toList());
    }

    private static BigDecimal mean(List<BigDecimal> values) {
        return values.isEmpty() ? null : SiteProgress.mean(values).setScale(1, RoundingMode.HALF_EVEN);
    }
}
