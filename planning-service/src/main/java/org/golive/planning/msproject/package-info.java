/**
 * Microsoft Project XML (MSPDI) in and out, through MPXJ, to and from a neutral model that knows nothing of Spring,
 * MongoDB or Kafka.
 *
 * <p>Conventions shared by the reader and the writer:
 * <ul>
 *   <li>Dates are {@link java.time.LocalDate}s; times of day are dropped. A finish at or before the first working
 *       minute of a working day (MS Project writes "08:00" when work ended the evening before) is read as the
 *       previous working day, so that an inclusive finish date means the last day with work on it.</li>
 *   <li>Durations and lags are in working days of the project calendar: the MPXJ duration is turned into working
 *       minutes with the file's minutes per day / per week / days per month, divided by the minutes per day and
 *       rounded half away from zero (0.5 day is 1 day, -0.5 day is -1 day). Elapsed units (calendar time) count
 *       {@code workingDaysPerWeek / 7} working days per calendar day; a percent lag is that share of the
 *       predecessor's duration.</li>
 *   <li>Link types are the strings {@code FS}, {@code SS}, {@code FF}, {@code SF}.</li>
 *   <li>Only a {@code <Project>} root in MSPDI's namespace is read (MS Project and ProjectLibre always write it);
 *       a DOCTYPE is refused before any entity could be expanded.</li>
 *   <li>A task whose Start..Finish come from its resource assignments, not from its Duration, is read with the span
 *       the file shows (a warning says so), until the engine schedules by resource work.</li>
 *   <li>The export writes the engine's critical flag and slack (MSPDI counts slack in tenths of a minute), every
 *       constraint type, progress, the latest baseline, the program pool's assignments ({@link PoolResources}) and
 *       the RACI as resources and assignments.</li>
 *   <li>The file's other base calendars are a site's named calendars, both ways ({@link FileCalendars}); its work
 *       resources and their assignments on leaf tasks are read as {@link FileStaffing}, the RACI Golive wrote left
 *       out.</li>
 * </ul>
 */
package org.golive.planning.msproject;
