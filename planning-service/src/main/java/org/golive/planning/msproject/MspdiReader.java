package org.golive.planning.msproject;

import net.sf.mpxj.MPXJException;
import net.sf.mpxj.ProjectFile;
import net.sf.mpxj.mspdi.MSPDIReader;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Reads a Microsoft Project XML (MSPDI) file, as written by MS Project, ProjectLibre or MPXJ, into an
 * {@link ImportedPlan}. Stateless and thread-safe.
 *
 * <p>The project's default calendar is expanded into concrete dates from a year before the project start to two
 * years after its finish, unless a range is given; exceptions entirely outside it are reported in the warnings.
 * The whole input is held in memory: callers limit its size.
 */
public final class MspdiReader {

    /**
     * @throws MspdiFormatException when the input is not MSPDI the reader can use: not XML, truncated, another kind of
     *         XML, a project without tasks, a link to a task that is not in the file, ...
     * @throws UncheckedIOException when the stream cannot be read
     */
    public ImportedPlan read(InputStream xml) {
        return read(xml, null, null);
    }

    /**
     * Reads with the calendar expanded over {@code calendarFrom..calendarTo} (inclusive) instead of the range around
     * the project dates; a {@code null} bound keeps the default one.
     */
    public ImportedPlan read(InputStream xml, LocalDate calendarFrom, LocalDate calendarTo) {
        Objects.requireNonNull(xml, "xml");
        checkRange(calendarFrom, calendarTo);
        byte[] bytes = readAll(xml);
        MspdiPrecheck.check(bytes);
        return new ProjectFileMapper(parse(bytes)).map(calendarFrom, calendarTo);
    }

    /**
     * Reads only the project's default calendar, expanded over {@code calendarFrom..calendarTo} ({@code null} bounds
     * as in {@link #read(InputStream, LocalDate, LocalDate)}). Works on files without tasks, such as a calendar kept
     * in an otherwise empty project.
     */
    public ImportedCalendar readCalendar(InputStream xml, LocalDate calendarFrom, LocalDate calendarTo) {
        return readCalendar(xml, null, calendarFrom, calendarTo).calendar();
    }

    /** A calendar read from a file, and what the reader could not carry over faithfully. */
    public record CalendarRead(ImportedCalendar calendar, List<String> warnings) {
    }

    /**
     * Reads one calendar of the file, the one named {@code name} (any case) or, for null, the project's default.
     *
     * @throws MspdiFormatException for a file that is not MSPDI, holds no calendar, or none of that name
     */
    public CalendarRead readCalendar(InputStream xml, String name, LocalDate calendarFrom, LocalDate calendarTo) {
        Objects.requireNonNull(xml, "xml");
        checkRange(calendarFrom, calendarTo);
        byte[] bytes = readAll(xml);
        if (MspdiPrecheck.check(bytes).calendars() == 0) {
            throw new MspdiFormatException("the file holds no calendar");
        }
        ProjectFileMapper mapper = new ProjectFileMapper(parse(bytes));
        ImportedCalendar calendar = mapper.mapCalendar(name, calendarFrom, calendarTo);
        return new CalendarRead(calendar, mapper.warnings());
    }

    private static void checkRange(LocalDate calendarFrom, LocalDate calendarTo) {
        if (calendarFrom != null && calendarTo != null && calendarTo.isBefore(calendarFrom)) {
            throw new IllegalArgumentException("calendar range ends before it starts: " + calendarFrom + ".." + calendarTo);
        }
    }

    private static ProjectFile parse(byte[] bytes) {
        try {
            ProjectFile file = new MSPDIReader().read(new ByteArrayInputStream(bytes));
            if (file == null) {
                throw new MspdiFormatException("MPXJ found no project in the file");
            }
            return file;
        } catch (MPXJException | RuntimeException e) {
            if (e instanceof MspdiFormatException formatException) {
                throw formatException;
            }
            // The precheck has ruled out broken XML: what is left is content MPXJ cannot make sense of.
            throw new MspdiFormatException("the file is XML with a Project root, but MPXJ cannot read it as a "
                    + "Microsoft Project schedule: " + rootCause(e), e);
        }
    }

    private static String rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }

    private static byte[] readAll(InputStream xml) {
        try {
            return xml.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the Microsoft Project XML input", e);
        }
    }
}
