package org.golive.tracking.portfolio;

import org.golive.tracking.health.Colour;
import org.springframework.data.mongodb.core.query.Criteria;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * What the portfolio is asked for: every filter given must hold, a repeated one means any of its values.
 *
 * @param text       a part of the site's name, any case
 * @param goLiveFrom the earliest go-live date, inclusive (the go-live window)
 * @param goLiveTo   the latest go-live date, inclusive
 */
record PortfolioQuery(String programId, Set<String> waveIds, Set<Colour> health, Set<String> phases, String text,
                      LocalDate goLiveFrom, LocalDate goLiveTo, PortfolioOrder order) {

    static final int MAX_PAGE_SIZE = 500;
    static final int DEFAULT_PAGE_SIZE = 100;

    static PortfolioQuery everything() {
        return new PortfolioQuery(null, Set.of(), Set.of(), Set.of(), null, null, null, PortfolioOrder.DEFAULT);
    }

    /** The filters as one MongoDB criteria over the portfolio's documents. */
    Criteria criteria() {
        // A rollout whose budget event overtook its planning event is not complete yet: it has no site name.
        List<Criteria> all = new ArrayList<>(List.of(where("siteName").exists(true)));
        if (programId != null) {
            all.add(where("programId").is(programId));
        }
        if (!waveIds.isEmpty()) {
            all.add(where("waveId").in(waveIds));
        }
        if (!health.isEmpty()) {
            // A rollout not judged yet has no health: it counts as NO_DATA.
            Criteria ranks = where("healthRank").in(health.stream().map(Enum::ordinal).toList());
            all.add(health.contains(Colour.NO_DATA)
                    ? new Criteria().orOperator(ranks, where("healthRank").exists(false)) : ranks);
        }
        if (!phases.isEmpty()) {
            all.add(where("phase").in(phases));
        }
        if (text != null) {
            all.add(where("siteName").regex(Pattern.compile(Pattern.quote(text), Pattern.CASE_INSENSITIVE)));
        }
        if (goLiveFrom != null || goLiveTo != null) {
            Criteria window = where("goLiveDate");
            if (goLiveFrom != null) {
                window = window.gte(goLiveFrom.toString());
            }
            if (goLiveTo != null) {
                window = window.lte(goLiveTo.toString());
            }
            all.add(window);
        }
        return new Criteria().andOperator(all);
    }
}
