// The runbook's times as a cutover team reads them. Planning sends the site's local time without a zone
// ("2027-09-06T02:00:00"); JavaScript reads such a string as the browser's local time, which is the site's when
// the team is on site (a remote viewer's now-line would be off by the zone difference: planning keeps no zone yet).
import type { Runbook, RunbookStep } from '../../api/cutover';

const DAY = 86_400_000;
const WEEKDAY = new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short' });

export const at = (localDateTime: string) => new Date(localDateTime);

/** Midnight starting the go-live day, local time. */
const goLiveMidnight = (goLiveDate: string) => at(`${goLiveDate}T00:00:00`);

/** "GL-1", "GL", "GL+2": the day of {@code moment} counted from the go-live day. */
export function goLiveDay(moment: Date, goLiveDate: string): string {
  const midnight = goLiveMidnight(goLiveDate);
  const day = new Date(moment.getFullYear(), moment.getMonth(), moment.getDate());
  const offset = Math.round((day.getTime() - midnight.getTime()) / DAY);
  return offset === 0 ? 'GL' : offset > 0 ? `GL+${offset}` : `GL${offset}`;
}

/** "18:00". */
export const clock = (moment: Date) =>
  `${String(moment.getHours()).padStart(2, '0')}:${String(moment.getMinutes()).padStart(2, '0')}`;

/** "GL-1 18:00". */
export const when = (moment: Date, goLiveDate: string) => `${goLiveDay(moment, goLiveDate)} ${clock(moment)}`;

export const whenLabel = (localDateTime: string, goLiveDate: string) => when(at(localDateTime), goLiveDate);

/** The runbook's steps grouped by the day they start on, in order, each day headed "GL-1 · Sat 4 Sept". */
export function byDay(runbook: Runbook): { day: string; steps: RunbookStep[] }[] {
  const days: { day: string; steps: RunbookStep[] }[] = [];
  for (const step of runbook.steps ?? []) {
    const start = at(step.start ?? '');
    const day = `${goLiveDay(start, runbook.goLiveDate ?? '')} · ${WEEKDAY.format(start)}`;
    const last = days[days.length - 1];
    if (last?.day === day) last.steps.push(step);
    else days.push({ day, steps: [step] });
  }
  return days;
}

/** Now, if it lies inside the runbook's window; null otherwise (no now-line before or after the cutover). */
export function nowInWindow(runbook: Runbook, now: Date): Date | null {
  const from = at(runbook.window?.from ?? '');
  const to = at(runbook.window?.to ?? '');
  return now >= from && now < to ? now : null;
}

/** Whether {@code now} falls inside the step (a milestone: never). */
export const running = (step: RunbookStep, now: Date | null) =>
  now !== null && at(step.start ?? '') <= now && now < at(step.finish ?? '');

/** Owners as read aloud on the bridge call: the responsible parties, then the accountable one. */
export function owners(step: RunbookStep): string {
  const responsible = (step.responsible ?? []).join(', ');
  if (!step.accountable || (step.responsible ?? []).includes(step.accountable)) return responsible || '—';
  return responsible ? `${responsible} (accountable: ${step.accountable})` : `Accountable: ${step.accountable}`;
}
