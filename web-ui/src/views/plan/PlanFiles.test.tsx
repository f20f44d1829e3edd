import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Plan } from '../../api/planning';
import { PlanFiles } from './PlanFiles';

const plan = {
  rolloutId: 'r1',
  version: 7,
  tasks: [{ id: '1' }, { id: '2' }, { id: '3' }],
  baselines: [{ name: 'Approved plan' }],
} as unknown as Plan;

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

/** A fetch answering each call in turn, recording what was sent where. */
function stubFetch(...answers: Response[]) {
  const sent: { url: string; method: string; body: unknown }[] = [];
  vi.stubGlobal('fetch', vi.fn(async (url: string, init: RequestInit) => {
    sent.push({ url, method: String(init.method), body: init.body });
    return answers.shift()!;
  }));
  return sent;
}

const file = () => new File(['<Project xmlns="http://schemas.microsoft.com/project"/>'], 'replan v2.xml', { type: 'application/xml' });

describe('the MS Project panel', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('replaces a plan only after a confirmation that says what is lost, with the version read', async () => {
    const sent = stubFetch(json({ plan: { tasks: [{ id: 'a' }, { id: 'b' }] }, previousTaskCount: 3, discardedBaselines: ['Approved plan'] }));
    const onImported = vi.fn(async () => undefined);
    render(<PlanFiles rolloutId="r1" plan={plan} mayImport onImported={onImported} />);

    await userEvent.upload(screen.getByLabelText('MS Project XML file'), file());
    await userEvent.click(screen.getByRole('button', { name: 'Replace plan…' }));

    expect(sent).toEqual([]);
    const dialog = screen.getByRole('alertdialog', { name: 'Replace this plan with replan v2.xml?' });
    expect(dialog).toHaveAccessibleDescription(
      "The plan's 3 tasks and their progress are discarded, and its baseline (Approved plan) with them; resources assigned to those tasks are released. The site and its go-live date stay.",
    );

    await userEvent.click(screen.getByRole('button', { name: 'Replace plan' }));

    expect(sent).toHaveLength(1);
    expect(sent[0].url).toBe('/api/planning/rollouts/r1/plan/import?fileName=replan%20v2.xml&version=7');
    expect(sent[0].method).toBe('PUT');
    expect(onImported).toHaveBeenCalled();
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Plan replaced from replan v2.xml: 2 tasks now, 3 before.');
  });

  it('sends nothing when the replace is cancelled', async () => {
    const sent = stubFetch();
    render(<PlanFiles rolloutId="r1" plan={plan} mayImport onImported={vi.fn()} />);

    await userEvent.upload(screen.getByLabelText('MS Project XML file'), file());
    await userEvent.click(screen.getByRole('button', { name: 'Replace plan…' }));
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));

    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(sent).toEqual([]);
  });

  it('says to reload when someone changed the plan since it was read', async () => {
    stubFetch(json({ title: 'Conflict', detail: 'Rollout r1 was changed by someone else' }, 409));
    const onImported = vi.fn(async () => undefined);
    render(<PlanFiles rolloutId="r1" plan={plan} mayImport onImported={onImported} />);

    await userEvent.upload(screen.getByLabelText('MS Project XML file'), file());
    await userEvent.click(screen.getByRole('button', { name: 'Replace plan…' }));
    await userEvent.click(screen.getByRole('button', { name: 'Replace plan' }));

    expect(screen.getByRole('alert')).toHaveTextContent('Someone changed this plan meanwhile: reload it');
    expect(onImported).not.toHaveBeenCalled();
  });

  it('imports into a site without a plan at once, and offers a viewer no upload', async () => {
    const sent = stubFetch(json({ warnings: [] }, 201));
    const { unmount } = render(<PlanFiles rolloutId="r1" plan={null} mayImport onImported={vi.fn(async () => undefined)} />);
    await userEvent.upload(screen.getByLabelText('MS Project XML file'), file());
    await userEvent.click(screen.getByRole('button', { name: 'Import plan' }));
    expect(sent[0].method).toBe('POST');
    expect(screen.getByRole('status')).toHaveTextContent('Imported');
    unmount();

    render(<PlanFiles rolloutId="r1" plan={plan} mayImport={false} onImported={vi.fn()} />);
    expect(screen.queryByLabelText('MS Project XML file')).not.toBeInTheDocument();
  });
});
