package org.golive.planning.msproject;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The go-live date in the Subject of a file Golive exported ("Go-live 2027-10-02", shown in MS Project's project
 * properties), so that importing it again lands the plan on the dates it had: without it the import anchors on the
 * file's finish, which lies after go-live in a plan with stabilization tasks.
 */
final class GoLiveSubject {

    private static final Pattern SUBJECT = Pattern.compile("Go-live (\\d{4}-\\d{2}-\\d{2})");

    private GoLiveSubject() {
    }

    static String of(LocalDate goLive) {
        return "Go-live " + goLive;
    }

    /** The date a Subject of that form states; null for any other Subject. */
    static LocalDate parse(String subject) {
        if (subject == null) {
            return null;
        }
        Matcher matcher = SUBJECT.matcher(subject.strip());
        if (!matcher.matches()) {
            return null;
        }
        try {
            return ImportDates.date(LocalDate.parse(matcher.group(1)).atStartOfDay());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
