import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PlanTask } from '../../api/planning';
import { TaskPanel } from './TaskPanel';

const task: PlanTask = {
  id: 'build',
  title: 'Build the order sets',
  start: '2027-03-08',
  finish: '2027-03-12',
  durationDays: 5,
  status: 'NOT_STARTED',
  percentComplete: 0,
  revision: 3,
  raci: [{ party: 'Site Project Manager', role: 'ACCOUNTABLE' }],
};

function json(status: number, body: unknown) {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json' },
  });
}

describe('the task panel', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('sends the definition, then the progress with the revision the first call answered', async () => {
    const calls: { url: string; method: string; body: Record<string, unknown> }[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string, init: RequestInit) => {
        calls.push({ url, method: init.method ?? 'GET', body: JSON.parse(String(init.body)) });
        return json(200, { task: { ...task, revision: 3 + calls.length } });
      }),
    );
    const onSaved = vi.fn(async () => undefined);
    render(<TaskPanel rolloutId="r1" task={task} mayDefine mayProgress onSaved={onSaved} />);
    const duration = screen.getByLabelText('Duration (working days)');
    await userEvent.clear(duration);
    await userEvent.type(duration, '8');
    await userEvent.selectOptions(screen.getByLabelText('Status'), 'IN_PROGRESS');
    await userEvent.click(screen.getByRole('button', { name: 'Save task' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Saved');
    expect(calls.map((c) => [c.method, c.url])).toEqual([
      ['PUT', '/api/planning/rollouts/r1/plan/tasks/build'],
      ['POST', '/api/planning/rollouts/r1/plan/tasks/build/progress'],
    ]);
    expect(calls[0].body).toMatchObject({ durationDays: 8, revision: 3, title: 'Build the order sets' });
    expect(calls[1].body).toEqual({ status: 'IN_PROGRESS', revision: 4 });
    expect(onSaved).toHaveBeenCalled();
  });

  it('says the task was changed by someone else and reloads it on a 409', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => json(409, { title: 'Conflict', detail: 'stale revision' })));
    const onSaved = vi.fn(async () => undefined);
    render(<TaskPanel rolloutId="r1" task={task} mayDefine mayProgress onSaved={onSaved} />);
    await userEvent.clear(screen.getByLabelText('Percent complete'));
    await userEvent.type(screen.getByLabelText('Percent complete'), '50');
    await userEvent.click(screen.getByRole('button', { name: 'Save task' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('changed by someone else');
    expect(onSaved).toHaveBeenCalledTimes(1);
  });

  it('offers no save to a role that may change nothing', () => {
    render(<TaskPanel rolloutId="r1" task={task} mayDefine={false} mayProgress={false} onSaved={async () => undefined} />);
    expect(screen.queryByRole('button', { name: 'Save task' })).toBeNull();
    expect(screen.getByLabelText('Duration (working days)')).toBeDisabled();
  });
});
