import { useState, type FormEvent } from 'react';
import { useQuery } from '@tanstack/react-query';
import { fieldErrors } from '../../api/http';
import { isStale, readCalendar, setCalendar, type CalendarSet, type SiteCalendar } from '../../api/planning';
import { Field } from '../Field';
import { draftOf, errorFor, formOf, WEEKDAYS, weekdayName, type CalendarDraft } from './calendarForm';

const STANDARD = 'Standard';

/**
 * The site's own calendar: the hours of a working day, each weekday worked and its own hours (a short Friday), and
 * dates worked in hours of their own (a half day). Saving reschedules the plan; the service's 422 messages are shown
 * next to the fields they name. Read-only for those who may not edit the plan.
 */
export function CalendarPanel({
  rolloutId,
  version,
  mayEdit,
  onSaved,
}: {
  rolloutId: string;
  version: number;
  mayEdit: boolean;
  onSaved: () => Promise<unknown>;
}) {
  const calendar = useQuery({
    queryKey: ['plan', rolloutId, 'calendar', STANDARD],
    queryFn: () => readCalendar(rolloutId, STANDARD),
  });
  // Kept here: the form is drawn anew from the saved calendar once the plan has reloaded.
  const [saved, setSaved] = useState<CalendarSet | null>(null);
  return (
    <section className="plan-action calendar-panel" aria-labelledby="calendar-title">
      <h2 id="calendar-title">Site calendar</h2>
      {calendar.isPending && <p role="status">Loading the calendar…</p>}
      {calendar.isError && (
        <p role="alert" className="error">
          {calendar.error.message}
        </p>
      )}
      {calendar.data && (
        <CalendarForm
          key={`${version}-${JSON.stringify(calendar.data)}`}
          rolloutId={rolloutId}
          calendar={calendar.data}
          version={version}
          mayEdit={mayEdit}
          onSaved={async (answer) => {
            setSaved(answer);
            await onSaved();
            await calendar.refetch();
          }}
          onStale={async () => {
            setSaved(null);
            await onSaved();
            await calendar.refetch();
          }}
        />
      )}
      {saved && (
        <p role="status" className="moved">
          Calendar saved: {saved.moved?.length ?? 0} tasks moved, the plan finishes {saved.planFinish}.
        </p>
      )}
    </section>
  );
}

function CalendarForm({
  rolloutId,
  calendar,
  version,
  mayEdit,
  onSaved,
  onStale,
}: {
  rolloutId: string;
  calendar: SiteCalendar;
  version: number;
  mayEdit: boolean;
  onSaved: (answer: CalendarSet) => Promise<unknown>;
  onStale: () => Promise<unknown>;
}) {
  const [draft, setDraft] = useState<CalendarDraft>(() => draftOf(calendar));
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const errors = fieldErrors(error);

  const weekday = (day: (typeof WEEKDAYS)[number], change: Partial<CalendarDraft['weekdays'][typeof day]>) =>
    setDraft((d) => ({ ...d, weekdays: { ...d.weekdays, [day]: { ...d.weekdays[day], ...change } } }));
  const date = (index: number, change: Partial<CalendarDraft['dates'][number]>) =>
    setDraft((d) => ({ ...d, dates: d.dates.map((row, i) => (i === index ? { ...row, ...change } : row)) }));

  async function save(event: FormEvent) {
    event.preventDefault();
    setError(null);
    setBusy(true);
    try {
      await onSaved(await setCalendar(rolloutId, STANDARD, formOf(calendar, draft, version)));
    } catch (failure) {
      if (isStale(failure)) {
        await onStale();
        setError(new Error('The site was changed by someone else; its calendar has been reloaded. Make the change again.'));
      } else {
        setError(failure);
      }
    } finally {
      setBusy(false);
    }
  }

  const weekdaysError = errorFor(errors, 'weekdayWorkingTimes') ?? errorFor(errors, 'workingWeekdays');
  const datesError = errorFor(errors, 'dateWorkingTimes');
  return (
    <form onSubmit={(e) => void save(e)} noValidate>
      <fieldset disabled={!mayEdit || busy}>
        <Field label="Hours of a working day" error={errorFor(errors, 'workingTimes')}>
          {(control) => (
            <input
              {...control}
              value={draft.workingTimes}
              placeholder="08:00-12:00,13:00-17:00"
              onChange={(e) => setDraft((d) => ({ ...d, workingTimes: e.target.value }))}
            />
          )}
        </Field>
        <fieldset className="calendar-weekdays" aria-describedby={weekdaysError ? 'calendar-weekdays-error' : undefined}>
          <legend>Working weekdays and their own hours</legend>
          {WEEKDAYS.map((day) => (
            <div key={day} className="calendar-weekday">
              <label>
                <input
                  type="checkbox"
                  checked={draft.weekdays[day].works}
                  onChange={(e) => weekday(day, { works: e.target.checked })}
                />{' '}
                {weekdayName(day)}
              </label>
              <input
                aria-label={`${weekdayName(day)} hours`}
                value={draft.weekdays[day].hours}
                placeholder={draft.weekdays[day].works ? draft.workingTimes : 'not worked'}
                onChange={(e) => weekday(day, { hours: e.target.value })}
              />
            </div>
          ))}
          {weekdaysError && (
            <span id="calendar-weekdays-error" className="field-error">
              {weekdaysError}
            </span>
          )}
        </fieldset>
        <fieldset className="calendar-dates" aria-describedby={datesError ? 'calendar-dates-error' : undefined}>
          <legend>Dates with hours of their own</legend>
          {draft.dates.map((row, index) => (
            <div key={index} className="calendar-date">
              <input
                type="date"
                aria-label={`Date ${index + 1}`}
                value={row.date}
                onChange={(e) => date(index, { date: e.target.value })}
              />
              <input
                aria-label={`Hours on date ${index + 1}`}
                value={row.hours}
                placeholder="08:00-12:00"
                onChange={(e) => date(index, { hours: e.target.value })}
              />
              <button
                type="button"
                className="secondary"
                onClick={() => setDraft((d) => ({ ...d, dates: d.dates.filter((_, i) => i !== index) }))}
              >
                Remove date {index + 1}
              </button>
            </div>
          ))}
          <button
            type="button"
            className="secondary"
            onClick={() => setDraft((d) => ({ ...d, dates: [...d.dates, { date: '', hours: '' }] }))}
          >
            Add a date
          </button>
          {datesError && (
            <span id="calendar-dates-error" className="field-error">
              {datesError}
            </span>
          )}
        </fieldset>
        {mayEdit && <button type="submit">Save calendar</button>}
      </fieldset>
      {error != null && (
        <p role="alert" className="error">
          {error instanceof Error ? error.message : String(error)}
        </p>
      )}
    </form>
  );
}
