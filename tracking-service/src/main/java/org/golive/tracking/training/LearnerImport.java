package org.golive.tracking.training;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads a learning system's export, one row per learner, into training figures per role group, with a row-level
 * report of what was left out and why. Columns (header on line 1, any order, names case-insensitive, others ignored):
 * {@code user_id}, {@code role_group}, {@code status} (NOT_STARTED, IN_PROGRESS or COMPLETED) required;
 * {@code proficiency} (PASSED, FAILED or empty: not assessed yet), {@code super_user} (yes/no, true/false, y/n, 1/0
 * or empty) and {@code shift} (the learner's shift: DAY, EVENING, NIGHT...) optional. Stateless.
 */
public final class LearnerImport {

    public static final int MAX_ROWS = 100_000;
    private static final List<String> REQUIRED = List.of("user_id", "role_group", "status");
    private static final Set<String> STATUSES = Set.of("NOT_STARTED", "IN_PROGRESS", "COMPLETED");
    private static final Map<String, Boolean> YES_NO = Map.of("yes", true, "y", true, "true", true, "1", true,
            "no", false, "n", false, "false", false, "0", false, "", false);

    /** @param groups figures of the role groups the file names; empty when the file was refused */
    public record Result(List<RoleGroupTraining> groups, List<RowProblem> rejected, int rowsRead, int accepted) {
    }

    private record Learner(String group, boolean trained, boolean passed, boolean superUser, String shift) {
    }

    public Result read(byte[] csv) {
        List<LearnerRecords.Row> rows;
        try {
            rows = LearnerRecords.read(csv);
        } catch (LearnerRecords.Unreadable unreadable) {
            return new Result(List.of(), List.of(unreadable.problem), 0, 0);
        }
        if (rows.isEmpty() || rows.get(0).blank()) {
            return refused(1, "no header on line 1: name the columns user_id, role_group, status (and optionally"
                    + " proficiency, super_user, shift)", 0);
        }
        Map<String, Integer> columns = new HashMap<>();
        List<String> header = rows.get(0).cells();
        for (int i = 0; i < header.size(); i++) {
            columns.putIfAbsent(header.get(i).strip().toLowerCase(Locale.ROOT).replace(' ', '_'), i);
        }
        List<String> missing = REQUIRED.stream().filter(c -> !columns.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            return refused(1, "the header lacks the column(s) " + String.join(", ", missing), 0);
        }
        List<RowProblem> rejected = new ArrayList<>();
        List<Learner> learners = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int read = 0;
        for (LearnerRecords.Row row : rows.subList(1, rows.size())) {
            if (row.blank()) {
                continue; // spreadsheets leave empty rows behind; they say nothing
            }
            if (++read > MAX_ROWS) {
                return refused(row.line(), "more than " + MAX_ROWS + " learners: export the site in parts", read);
            }
            Learner learner = learner(row, columns, header.size(), seen, rejected);
            if (learner != null) {
                learners.add(learner);
            }
        }
        return new Result(figures(learners), rejected, read, learners.size());
    }

    private static Learner learner(LearnerRecords.Row row, Map<String, Integer> columns, int width, Set<String> seen,
                                   List<RowProblem> rejected) {
        if (row.cells().size() != width) {
            rejected.add(new RowProblem(row.line(), null, "the row has " + row.cells().size() + " cells, the header "
                    + width));
            return null;
        }
        String user = cell(row, columns, "user_id");
        String group = cell(row, columns, "role_group");
        String status = cell(row, columns, "status").toUpperCase(Locale.ROOT).replace(' ', '_');
        String proficiency = cell(row, columns, "proficiency").toUpperCase(Locale.ROOT);
        Boolean superUser = YES_NO.get(cell(row, columns, "super_user").toLowerCase(Locale.ROOT));
        String shift = cell(row, columns, "shift").toUpperCase(Locale.ROOT);
        int before = rejected.size();
        check(!user.isEmpty() && user.length() <= 100, row, "user_id", "a user id of 1 to 100 characters", rejected);
        check(!group.isEmpty() && group.length() <= 100 && group.chars().noneMatch(Character::isISOControl), row,
                "role_group", "a role group of 1 to 100 characters, on one line", rejected);
        check(STATUSES.contains(status), row, "status", "NOT_STARTED, IN_PROGRESS or COMPLETED, not '"
                + abbreviated(status) + "'", rejected);
        check(Set.of("", "PASSED", "FAILED").contains(proficiency), row, "proficiency",
                "PASSED, FAILED or empty, not '" + abbreviated(proficiency) + "'", rejected);
        check(!proficiency.equals("PASSED") || status.equals("COMPLETED"), row, "proficiency",
                "passed proficiency without completing training", rejected);
        check(superUser != null, row, "super_user", "yes or no", rejected);
        check(shift.length() <= 40, row, "shift", "a shift name of at most 40 characters", rejected);
        if (rejected.size() == before && !seen.add(user)) {
            rejected.add(new RowProblem(row.line(), "user_id", "user " + abbreviated(user)
                    + " is listed before: each learner once"));
        }
        if (rejected.size() > before) {
            return null;
        }
        return new Learner(group, status.equals("COMPLETED"), proficiency.equals("PASSED"), superUser, shift);
    }

    private static List<RoleGroupTraining> figures(List<Learner> learners) {
        Map<String, List<Learner>> byGroup = new LinkedHashMap<>();
        learners.forEach(l -> byGroup.computeIfAbsent(l.group(), g -> new ArrayList<>()).add(l));
        return byGroup.entrySet().stream().map(e -> {
            List<Learner> group = e.getValue();
            Set<String> shifts = new TreeSet<>();
            Set<String> covered = new TreeSet<>();
            group.stream().filter(l -> !l.shift().isEmpty()).forEach(l -> {
                shifts.add(l.shift());
                if (l.superUser()) {
                    covered.add(l.shift());
                }
            });
            return new RoleGroupTraining(e.getKey(), group.size(), (int) group.stream().filter(Learner::trained)
                    .count(), (int) group.stream().filter(Learner::passed).count(),
                    (int) group.stream().filter(Learner::superUser).count(), shifts.size(), covered.size());
        }).toList();
    }

    private static String cell(LearnerRecords.Row row, Map<String, Integer> columns, String name) {
        Integer index = columns.get(name);
        return index == null ? "" : row.cells().get(index).strip();
    }

    private static void check(boolean holds, LearnerRecords.Row row, String column, String expected,
                              List<RowProblem> rejected) {
        if (!holds) {
            rejected.add(new RowProblem(row.line(), column, column + ": expected " + expected));
        }
    }

    private static String abbreviated(String value) {
        String printable = value.codePoints().filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return printable.length() > 40 ? printable.substring(0, 40) + "…" : printable;
    }

    private static Result refused(int line, String message, int read) {
        return new Result(List.of(), List.of(new RowProblem(line, null, message)), read, 0);
    }
}
