package org.golive.tracking.benefits;

import org.golive.tracking.training.RowProblem;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ValueImportTest {

    private static final Set<String> KPIS = Set.of("med-errors", "agency-cost");
    private static final YearMonth NOW = YearMonth.of(2026, 11);

    private static ValueImport.Result read(String csv) {
        return new ValueImport().read(csv.getBytes(StandardCharsets.UTF_8), KPIS, NOW);
    }

    @Test
    void goodRowsAreGroupedByKpiAndEachBadRowIsReportedByLineAndColumn() {
        ValueImport.Result result = read("""
                KPI_ID,Period,value,note
                med-errors,2026-08,4.4,
                med-errors,2026-09,4.1,"after the smart pumps"
                agency-cost,2026-09,201000.50,
                unknown,2026-09,1,
                med-errors,2026-13,1,
                med-errors,2026-12,1,
                med-errors,2026-10,"1,5",
                med-errors,2026-08,4.3,
                med-errors,2026-10
                """);

        assertThat(result.rowsRead()).isEqualTo(9);
        assertThat(result.accepted()).isEqualTo(3);
        assertThat(result.entries().get("med-errors")).extracting(KpiSeries.Entry::period, KpiSeries.Entry::note)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(YearMonth.of(2026, 8), null),
                        org.assertj.core.groups.Tuple.tuple(YearMonth.of(2026, 9), "after the smart pumps"));
        assertThat(result.entries().get("agency-cost").get(0).value()).isEqualByComparingTo(new BigDecimal(
                "201000.50"));
        assertThat(result.rejected()).extracting(RowProblem::line, RowProblem::column).containsExactly(
                org.assertj.core.groups.Tuple.tuple(5, "kpi_id"),
                org.assertj.core.groups.Tuple.tuple(6, "period"),
                org.assertj.core.groups.Tuple.tuple(7, "period"),
                org.assertj.core.groups.Tuple.tuple(8, "value"),
                org.assertj.core.groups.Tuple.tuple(9, "period"),
                org.assertj.core.groups.Tuple.tuple(10, null));
        assertThat(result.rejected().get(2).message()).contains("2026-11");
        assertThat(result.rejected().get(4).message()).contains("before");
    }

    @Test
    void aFileWithoutTheColumnsOrNotUtf8ChangesNothing() {
        ValueImport.Result noValue = read("kpi_id,period\nmed-errors,2026-08\n");
        assertThat(noValue.entries()).isEmpty();
        assertThat(noValue.rejected()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.message()).contains("value");
        });
        ValueImport.Result latin1 = new ValueImport().read("kpi_id,period,value,note\nmed-errors,2026-08,4,caf\u00e9\n"
                .getBytes(StandardCharsets.ISO_8859_1), KPIS, NOW);
        assertThat(latin1.entries()).isEmpty();
        assertThat(latin1.rejected()).singleElement().satisfies(p -> assertThat(p.message()).contains("UTF-8"));
    }
}
