import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { GoLiveMoved } from '../../api/planning';
import { GoLivePanel } from './GoLivePanel';

const answer: GoLiveMoved = {
  rolloutId: 'r1',
  goLiveDate: '2027-10-16',
  moved: [{ taskId: 'kickoff', previousStart: '2027-03-22', previousFinish: '2027-03-22', start: '2027-04-05', finish: '2027-04-05' }],
  planFinish: '2027-11-17',
} as GoLiveMoved;

describe('the go-live panel', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('hands the move\u2019s answer to the view, sent with the version read', async () => {
    const sent: Record<string, unknown>[] = [];
    vi.stubGlobal('fetch', vi.fn(async (_url: string, init: RequestInit) => {
      sent.push(JSON.parse(String(init.body)));
      return new Response(JSON.stringify(answer), { status: 200, headers: { 'Content-Type': 'application/json' } });
    }));
    const onMoved = vi.fn(async () => undefined);
    render(<GoLivePanel rolloutId="r1" goLiveDate="2027-10-02" version={7} moved={null} onMoved={onMoved} />);

    const date = screen.getByLabelText('New go-live date');
    await userEvent.clear(date);
    await userEvent.type(date, '2027-10-16');
    await userEvent.type(screen.getByLabelText('Reason'), 'Vendor slipped');
    await userEvent.click(screen.getByRole('button', { name: 'Move go-live' }));

    expect(sent).toEqual([{ goLiveDate: '2027-10-16', reason: 'Vendor slipped', version: 7 }]);
    expect(onMoved).toHaveBeenCalledWith(answer);
  });

  it('lists the tasks a move moved, as the view keeps them after the plan reloads', () => {
    // Drawn anew for the new date (the view keys the panel by it): the list comes from the view, not the old panel.
    render(<GoLivePanel rolloutId="r1" goLiveDate="2027-10-16" version={8} moved={answer} onMoved={vi.fn()} />);

    expect(screen.getByRole('status')).toHaveTextContent('1 tasks moved');
    expect(screen.getByRole('list', { name: 'Tasks that moved' })).toHaveTextContent('kickoff: 2027-03-22 → 2027-04-05');
  });
});
