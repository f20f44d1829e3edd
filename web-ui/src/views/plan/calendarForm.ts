// The site calendar form's model: the calendar as read, turned into what the form edits and back into the PUT's body.
import type { SiteCalendar, SiteCalendarForm, Weekday } from '../../api/planning';

export const WEEKDAYS: Weekday[] = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];

/** "Friday" for FRIDAY. */
export const weekdayName = (day: Weekday) => day.charAt(0) + day.slice(1).toLowerCase();

/** What the form edits. A weekday's hours left empty: it is worked in the calendar's hours. */
export interface CalendarDraft {
  workingTimes: string;
  weekdays: Record<Weekday, { works: boolean; hours: string }>;
  dates: { date: string; hours: string }[];
}

export function draftOf(calendar: SiteCalendar): CalendarDraft {
  const working = new Set(calendar.workingWeekdays ?? []);
  const own = calendar.weekdayWorkingTimes ?? {};
  const weekdays = {} as CalendarDraft['weekdays'];
  for (const day of WEEKDAYS) weekdays[day] = { works: working.has(day), hours: own[day] ?? '' };
  return {
    workingTimes: calendar.workingTimes ?? '',
    weekdays,
    dates: Object.entries(calendar.dateWorkingTimes ?? {}).map(([date, hours]) => ({ date, hours })),
  };
}

/**
 * The PUT's body: the calendar as read (holidays and extra working days the form does not edit) with the draft's
 * hours. Hours given for a weekday not worked are sent too, so that the service names the mistake (422).
 */
export function formOf(calendar: SiteCalendar, draft: CalendarDraft, version: number): SiteCalendarForm {
  const weekdayWorkingTimes: Record<string, string> = {};
  for (const day of WEEKDAYS) {
    const hours = draft.weekdays[day].hours.trim();
    if (hours) weekdayWorkingTimes[day] = hours;
  }
  const dateWorkingTimes: Record<string, string> = {};
  for (const { date, hours } of draft.dates) {
    if (date || hours.trim()) dateWorkingTimes[date] = hours.trim();
  }
  return {
    workingWeekdays: WEEKDAYS.filter((day) => draft.weekdays[day].works),
    workingTimes: draft.workingTimes.trim() || undefined,
    holidays: calendar.holidays ?? [],
    extraWorkingDays: calendar.extraWorkingDays ?? [],
    weekdayWorkingTimes,
    dateWorkingTimes,
    version,
  };
}

/** The service's message for a field or any of its entries ("weekdayWorkingTimes[FRIDAY]"), if it named one. */
export function errorFor(errors: Record<string, string>, field: string): string | undefined {
  const key = Object.keys(errors).find((name) => name === field || name.startsWith(`${field}[`) || name.startsWith(`${field}.`));
  return key === undefined ? undefined : errors[key];
}
