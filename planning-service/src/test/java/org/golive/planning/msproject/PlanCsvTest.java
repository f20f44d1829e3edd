package org.golive.planning.msproject;

import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PlanCsvTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    @Test
    void aHeaderAndOneRowPerTaskWithCrlf() {
        String csv = write(List.of(
                new ExportTask("t1", "1", "Design", 1, false, DAY, DAY.plusDays(4), 5, 40, DAY, null, List.of(),
                        DAY, DAY.plusDays(3), "not exported"),
                new ExportTask("t2", "2", "Go-live", 1, true, DAY.plusDays(7), DAY.plusDays(7), 0, 0, null, null,
                        List.of(new ExportLink("t1", "FS", 2), new ExportLink("t3", "SS", -1),
                                new ExportLink("t4", "FF", 0)), null, null, null)));
        assertThat(csv).isEqualTo(PlanCsv.HEADER + "\r\n"
                + "t1,1,Design,1,false,2026-03-02,2026-03-06,5,40,2026-03-02,,,2026-03-02,2026-03-05\r\n"
                + "t2,2,Go-live,1,true,2026-03-09,2026-03-09,0,0,,,t1FS+2d;t3SS-1d;t4FF,,\r\n");
    }

    @Test
    void theHeaderNamesTheColumns() {
        assertThat(write(List.of())).isEqualTo("id,wbs,name,outline_level,milestone,start,finish,duration_days,"
                + "percent_complete,actual_start,actual_finish,predecessors,baseline_start,baseline_finish\r\n");
    }

    @Test
    void fieldsWithCommasQuotesAndLineBreaksAreQuoted() {
        assertThat(PlanCsv.text("Plan, build")).isEqualTo("\"Plan, build\"");
        assertThat(PlanCsv.text("The \"big\" day")).isEqualTo("\"The \"\"big\"\" day\"");
        assertThat(PlanCsv.text("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(PlanCsv.text("carriage\rreturn")).isEqualTo("\"carriage\rreturn\"");
        assertThat(PlanCsv.text("plain")).isEqualTo("plain");
        assertThat(PlanCsv.text(null)).isEmpty();
    }

    @Test
    void cellsASpreadsheetWouldEvaluateAreNeutralised() {
        assertThat(PlanCsv.text("=HYPERLINK(\"http://evil\")")).isEqualTo("\"'=HYPERLINK(\"\"http://evil\"\")\"");
        assertThat(PlanCsv.text("+1+1")).isEqualTo("'+1+1");
        assertThat(PlanCsv.text("-2+3")).isEqualTo("'-2+3");
        assertThat(PlanCsv.text("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(PlanCsv.text("\tcmd")).isEqualTo("'\tcmd");
        assertThat(PlanCsv.text("a=b")).isEqualTo("a=b");
    }

    @Test
    void aHostileTaskInAFullRow() {
        String csv = write(List.of(new ExportTask("=id", "-1", "=cmd|' /C calc'!A0, \"x\"", 2, false, DAY, DAY, 1, 0,
                null, null, List.of(new ExportLink("@t", "FS", 0)), null, null, null)));
        assertThat(csv.lines().skip(1).findFirst()).contains(
                "'=id,'-1,\"'=cmd|' /C calc'!A0, \"\"x\"\"\",2,false,2026-03-02,2026-03-02,1,0,,,'@tFS,,");
    }

    private static String write(List<ExportTask> tasks) {
        StringWriter out = new StringWriter();
        PlanCsv.write(tasks, out);
        return out.toString();
    }
}
