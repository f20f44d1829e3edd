import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CalendarPanel } from './CalendarPanel';

const standard = {
  name: 'Standard',
  workingWeekdays: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'],
  workingTimes: '08:00-12:00,13:00-17:00',
  weekdayWorkingTimes: {},
  holidays: ['2027-12-25'],
  extraWorkingDays: ['2027-10-02'],
  dateWorkingTimes: { '2027-12-24': '08:00-12:00' },
  builtIn: false,
};

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json' },
  });

/** A fetch answering each call in turn, recording what was sent where. */
function stubFetch(...answers: Response[]) {
  const sent: { url: string; method: string; body: unknown }[] = [];
  vi.stubGlobal('fetch', vi.fn(async (url: string, init: RequestInit) => {
    sent.push({ url, method: String(init.method), body: init.body ? JSON.parse(String(init.body)) : undefined });
    return answers.shift()!;
  }));
  return sent;
}

function renderPanel(onSaved = vi.fn(async () => undefined), mayEdit = true) {
  render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <CalendarPanel rolloutId="r1" version={7} mayEdit={mayEdit} onSaved={onSaved} />
    </QueryClientProvider>,
  );
  return onSaved;
}

describe('the site calendar panel', () => {
  afterEach(() => vi.unstubAllGlobals());

  it("sends a short Friday with the calendar's holidays, extra days and dated hours kept, and says what moved", async () => {
    const saved = { calendar: { ...standard, weekdayWorkingTimes: { FRIDAY: '08:00-12:00' } }, moved: [{ taskId: 'a' }, { taskId: 'b' }], planFinish: '2027-11-19', version: 8 };
    const sent = stubFetch(json(standard), json(saved), json(saved.calendar));
    const onSaved = renderPanel();

    await userEvent.type(await screen.findByLabelText('Friday hours'), '08:00-12:00');
    expect(screen.getByLabelText('Hours on date 1')).toHaveValue('08:00-12:00');
    await userEvent.click(screen.getByRole('button', { name: 'Save calendar' }));

    expect(sent[1]).toEqual({
      url: '/api/planning/rollouts/r1/plan/calendars/Standard',
      method: 'PUT',
      body: {
        workingWeekdays: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'],
        workingTimes: '08:00-12:00,13:00-17:00',
        holidays: ['2027-12-25'],
        extraWorkingDays: ['2027-10-02'],
        weekdayWorkingTimes: { FRIDAY: '08:00-12:00' },
        dateWorkingTimes: { '2027-12-24': '08:00-12:00' },
        version: 7,
      },
    });
    expect(await screen.findByRole('status')).toHaveTextContent('Calendar saved: 2 tasks moved, the plan finishes 2027-11-19.');
    expect(onSaved).toHaveBeenCalled();
  });

  it("shows the service's 422 next to the weekdays and keeps what was typed", async () => {
    const problem = {
      title: 'Unprocessable',
      detail: 'SUNDAY has working times of its own but is not one of the working weekdays',
      errors: { weekdayWorkingTimes: 'SUNDAY has working times of its own but is not one of the working weekdays' },
    };
    stubFetch(json(standard), json(problem, 422));
    const onSaved = renderPanel();

    await userEvent.type(await screen.findByLabelText('Sunday hours'), '08:00-12:00');
    await userEvent.click(screen.getByRole('button', { name: 'Save calendar' }));

    const group = screen.getByRole('group', { name: 'Working weekdays and their own hours' });
    expect(await screen.findByRole('alert')).toHaveTextContent('SUNDAY has working times of its own');
    expect(group).toHaveAccessibleDescription('SUNDAY has working times of its own but is not one of the working weekdays');
    expect(screen.getByLabelText('Sunday hours')).toHaveValue('08:00-12:00');
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('adds and removes dates with hours of their own', async () => {
    const sent = stubFetch(json(standard), json({ calendar: standard, moved: [], planFinish: '2027-11-19' }), json(standard));
    renderPanel();

    await userEvent.click(await screen.findByRole('button', { name: 'Remove date 1' }));
    await userEvent.click(screen.getByRole('button', { name: 'Add a date' }));
    await userEvent.type(screen.getByLabelText('Date 1'), '2027-12-31');
    await userEvent.type(screen.getByLabelText('Hours on date 1'), '09:00-13:00');
    await userEvent.click(screen.getByRole('button', { name: 'Save calendar' }));

    expect((sent[1].body as { dateWorkingTimes: unknown }).dateWorkingTimes).toEqual({ '2027-12-31': '09:00-13:00' });
  });

  it('shows the calendar to those who may not change it, without a save button', async () => {
    stubFetch(json({ ...standard, weekdayWorkingTimes: { FRIDAY: '08:00-12:00' } }));
    renderPanel(undefined, false);

    expect(await screen.findByLabelText('Friday hours')).toHaveValue('08:00-12:00');
    expect(screen.getByLabelText('Friday hours')).toBeDisabled();
    expect(screen.queryByRole('button', { name: 'Save calendar' })).not.toBeInTheDocument();
  });
});
