package org.golive.planning.msproject;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
import java.util.StringJoiner;

/**
 * Writes a plan's tasks as CSV (RFC 4180: comma separated, CRLF line ends, fields with a comma, quote or line break
 * quoted, quotes doubled) for spreadsheets. A text cell that a spreadsheet would take for a formula (starting with
 * {@code = + - @}, a tab or a carriage return) is prefixed with a single quote, so that opening the export never runs
 * what a task name smuggled in. Predecessors read like MS Project's: {@code t1FS+2d;t3SS-1d}, no lag when it is 0.
 */
public final class PlanCsv {

    static final String HEADER = "id,wbs,name,outline_level,milestone,start,finish,duration_days,percent_complete,"
            + "actual_start,actual_finish,predecessors,baseline_start,baseline_finish";
    private static final String CRLF = "\r\n";

    private PlanCsv() {
    }

    /** Writes the header and one row per task to {@code out}, which is flushed but left open. */
    public static void write(List<ExportTask> tasks, Writer out) {
        try {
            out.write(HEADER);
            out.write(CRLF);
            for (ExportTask task : tasks) {
                out.write(row(task));
                out.write(CRLF);
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the plan as CSV", e);
        }
    }

    private static String row(ExportTask task) {
        StringJoiner row = new StringJoiner(",");
        row.add(text(task.id()));
        row.add(text(task.wbs()));
        row.add(text(task.name()));
        row.add(String.valueOf(task.outlineLevel()));
        row.add(String.valueOf(task.milestone()));
        row.add(date(task.start()));
        row.add(date(task.finish()));
        row.add(String.valueOf(task.durationDays()));
        row.add(String.valueOf(task.percentComplete()));
        row.add(date(task.actualStart()));
        row.add(date(task.actualFinish()));
        row.add(text(predecessors(task.predecessors())));
        row.add(date(task.baselineStart()));
        row.add(date(task.baselineFinish()));
        return row.toString();
    }

    private static String predecessors(List<ExportLink> links) {
        StringJoiner joined = new StringJoiner(";");
        for (ExportLink link : links) {
            String lag = link.lagDays() == 0 ? "" : (link.lagDays() > 0 ? "+" : "") + link.lagDays() + "d";
            joined.add(link.predecessorId() + link.type() + lag);
        }
        return joined.toString();
    }

    /** A text cell: neutralised if a spreadsheet would evaluate it, then quoted if RFC 4180 requires it. */
    static String text(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String cell = "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        boolean quote = cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0
                || cell.indexOf('\r') >= 0;
        return quote ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
    }

    private static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }
}
