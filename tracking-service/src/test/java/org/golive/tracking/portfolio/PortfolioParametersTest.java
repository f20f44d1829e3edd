package org.golive.tracking.portfolio;

import org.golive.tracking.health.Colour;
import org.junit.jupiter.api.Test;
import org.golive.platform.input.RefusedParameterException;
import org.springframework.data.domain.Sort;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PortfolioParametersTest {

    private static void refusesNaming(Runnable read, String parameter) {
        assertThatThrownBy(read::run).isInstanceOf(RefusedParameterException.class)
                .extracting(e -> ((RefusedParameterException) e).parameter()).isEqualTo(parameter);
    }

    private static PortfolioQuery query(String sort) {
        return PortfolioParameters.query(null, null, null, null, null, null, null, sort);
    }

    @Test
    void aMisspeltFilterIsRefusedRatherThanIgnored() {
        refusesNaming(() -> PortfolioParameters.checkNames(Map.of("helth", new String[]{"RED"})), "helth");
    }

    @Test
    void aSingleValuedParameterGivenTwiceIsRefused() {
        refusesNaming(() -> PortfolioParameters.checkNames(Map.of("sort", new String[]{"spi", "cpi"})), "sort");
    }

    @Test
    void repeatableFiltersMayBeRepeated() {
        PortfolioParameters.checkNames(Map.of("health", new String[]{"RED", "AMBER"},
                "waveId", new String[]{"w1", "w2"}, "phase", new String[]{"test", "train"}));
    }

    @Test
    void anUnknownColourIsRefusedNamingHealth() {
        refusesNaming(() -> PortfolioParameters.query(null, null, List.of("PURPLE"), null, null, null, null, null),
                "health");
    }

    @Test
    void aBadDateOrAnInvertedWindowIsRefusedNamingTheBound() {
        refusesNaming(() -> PortfolioParameters.query(null, null, null, null, null, "2027-13-01", null, null),
                "goLiveFrom");
        refusesNaming(() -> PortfolioParameters.query(null, null, null, null, null, "2027-06-01", "2027-05-01",
                null), "goLiveTo");
    }

    @Test
    void pageSizeIsOneToFiveHundred() {
        assertThat(PortfolioParameters.size(null)).isEqualTo(100);
        assertThat(PortfolioParameters.size("500")).isEqualTo(500);
        refusesNaming(() -> PortfolioParameters.size("501"), "size");
        refusesNaming(() -> PortfolioParameters.size("0"), "size");
        refusesNaming(() -> PortfolioParameters.page("-1"), "page");
        refusesNaming(() -> PortfolioParameters.page("x"), "page");
    }

    @Test
    void anUnknownSortColumnOrDirectionIsRefusedNamingSort() {
        refusesNaming(() -> query("beds"), "sort");
        refusesNaming(() -> query("spi,up"), "sort");
        refusesNaming(() -> query("spi,desc,asc"), "sort");
    }

    @Test
    void sortsByTheColumnThenSiteNameThenIdSoPagesAreStable() {
        assertThat(query("spi,desc").order().sort()).isEqualTo(Sort.by(Sort.Order.desc("spi"),
                Sort.Order.asc("siteName"), Sort.Order.asc("_id")));
        assertThat(query("health").order().sort()).isEqualTo(Sort.by("healthRank", "siteName", "_id"));
        assertThat(query("siteName,desc").order().sort()).isEqualTo(Sort.by(Sort.Order.desc("siteName"),
                Sort.Order.asc("_id")));
        assertThat(query(null).order()).isEqualTo(PortfolioOrder.DEFAULT);
        assertThat(query("daysToGoLive").order().sort()).isEqualTo(Sort.by("goLiveDate", "siteName", "_id"));
    }

    @Test
    void theLinksSpellTheQueryCanonically() {
        PortfolioQuery asked = PortfolioParameters.query("p 1", List.of("w2", "w1"), List.of("RED", "AMBER"),
                List.of("test"), "north", "2027-01-01", "2027-12-31", "percentComplete,desc");
        assertThat(asked.health()).isEqualTo(Set.of(Colour.RED, Colour.AMBER));
        assertThat(asked.goLiveFrom()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(PortfolioParameters.queryString(asked, 2, 50)).isEqualTo("?programId=p+1&waveId=w1&waveId=w2"
                + "&health=AMBER&health=RED&phase=test&q=north&goLiveFrom=2027-01-01&goLiveTo=2027-12-31"
                + "&sort=percentComplete%2Cdesc&page=2&size=50");
    }

    @Test
    void textFiltersAreBoundedAndPlain() {
        refusesNaming(() -> PortfolioParameters.query(null, null, null, null, "x".repeat(101), null, null, null),
                "q");
        refusesNaming(() -> PortfolioParameters.query(null, List.of(" "), null, null, null, null, null, null),
                "waveId");
    }
}
