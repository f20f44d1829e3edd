import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { GoLiveMoved, GoLivePreview } from '../../api/planning';
import { GoLivePanel } from './GoLivePanel';

const kickoff = { taskId: 'kickoff', previousStart: '2027-03-22', previousFinish: '2027-03-22', start: '2027-04-05', finish: '2027-04-05' };
const answer: GoLiveMoved = { rolloutId: 'r1', goLiveDate: '2027-10-16', moved: [kickoff], planFinish: '2027-11-17' } as GoLiveMoved;
const preview: GoLivePreview = {
  rolloutId: 'r1',
  currentGoLiveDate: '2027-10-02',
  goLiveDate: '2027-10-16',
  moved: [kickoff],
  criticalPath: ['kickoff', 'go-live'],
  planFinish: '2027-11-17',
  version: 7,
};

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

/** A fetch answering each call in turn, recording what was sent where. */
function stubFetch(...answers: Response[]) {
  const sent: { url: string; method: string; body: unknown }[] = [];
  vi.stubGlobal('fetch', vi.fn(async (url: string, init: RequestInit) => {
    sent.push({ url, method: String(init.method), body: JSON.parse(String(init.body)) });
    return answers.shift()!;
  }));
  return sent;
}

async function previewTo(date: string) {
  const input = screen.getByLabelText('New go-live date');
  await userEvent.clear(input);
  await userEvent.type(input, date);
  await userEvent.type(screen.getByLabelText('Reason'), 'Vendor slipped');
  await userEvent.click(screen.getByRole('button', { name: 'Preview move' }));
}

describe('the go-live panel', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shows the preview first and moves only when confirmed, with the version the preview was computed on', async () => {
    const sent = stubFetch(json(preview), json(answer));
    const onMoved = vi.fn(async () => undefined);
    const titles: Record<string, string> = { kickoff: 'Project kickoff', 'go-live': 'Go-live' };
    render(<GoLivePanel rolloutId="r1" goLiveDate="2027-10-02" version={7} moved={null} onMoved={onMoved} titleOf={(id) => titles[id] ?? id} />);

    await previewTo('2027-10-16');

    expect(sent).toEqual([{ url: '/api/planning/rollouts/r1/go-live/preview', method: 'POST', body: { goLiveDate: '2027-10-16', version: 7 } }]);
    expect(onMoved).not.toHaveBeenCalled();
    expect(screen.getByRole('heading', { name: 'If go-live moves to 2027-10-16' })).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Tasks that would move' })).toHaveTextContent('Project kickoff: 2027-03-22 → 2027-04-05');
    expect(screen.getByRole('list', { name: 'New critical path' })).toHaveTextContent('Project kickoffGo-live');

    await userEvent.click(screen.getByRole('button', { name: 'Confirm move to 2027-10-16' }));

    expect(sent[1]).toEqual({ url: '/api/planning/rollouts/r1/go-live', method: 'PUT', body: { goLiveDate: '2027-10-16', reason: 'Vendor slipped', version: 7 } });
    expect(onMoved).toHaveBeenCalledWith(answer);
    expect(screen.queryByRole('heading', { name: /If go-live moves/ })).not.toBeInTheDocument();
  });

  it('cancelling or changing the date drops the preview and moves nothing', async () => {
    const sent = stubFetch(json(preview));
    render(<GoLivePanel rolloutId="r1" goLiveDate="2027-10-02" version={7} moved={null} onMoved={vi.fn()} />);

    await previewTo('2027-10-16');
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));

    expect(screen.queryByRole('button', { name: /Confirm move/ })).not.toBeInTheDocument();
    expect(sent).toHaveLength(1);
  });

  it('a move refused as stale (409) reloads the site and asks for a new preview', async () => {
    stubFetch(json(preview), json({ title: 'Conflict', detail: 'version 7 is stale' }, 409));
    const onMoved = vi.fn(async () => undefined);
    render(<GoLivePanel rolloutId="r1" goLiveDate="2027-10-02" version={7} moved={null} onMoved={onMoved} />);

    await previewTo('2027-10-16');
    await userEvent.click(screen.getByRole('button', { name: 'Confirm move to 2027-10-16' }));

    expect(onMoved).toHaveBeenCalledWith(null);
    expect(screen.getByRole('alert')).toHaveTextContent('changed by someone else');
    expect(screen.queryByRole('button', { name: /Confirm move/ })).not.toBeInTheDocument();
  });

  it('lists the tasks a move moved, as the view keeps them after the plan reloads', () => {
    // Drawn anew for the new date (the view keys the panel by it): the list comes from the view, not the old panel.
    render(<GoLivePanel rolloutId="r1" goLiveDate="2027-10-16" version={8} moved={answer} onMoved={vi.fn()} />);

    expect(screen.getByRole('status')).toHaveTextContent('1 tasks moved');
    expect(screen.getByRole('list', { name: 'Tasks that moved' })).toHaveTextContent('kickoff: 2027-03-22 → 2027-04-05');
  });
});
