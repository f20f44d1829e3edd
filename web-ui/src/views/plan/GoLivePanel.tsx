import { useState, type FormEvent } from 'react';
import { isStale, moveGoLive, type GoLiveMoved } from '../../api/planning';

/**
 * Moves the site's go-live with the rollout's version read, then lists every task that moved. Planning offers no
 * preview of a move, so the list comes from the move's answer. The view keeps that answer ({@code moved}): the panel
 * is drawn anew for the new go-live date once the plan has reloaded, and the list must outlive it.
 */
export function GoLivePanel({
  rolloutId,
  goLiveDate,
  version,
  moved,
  onMoved,
}: {
  rolloutId: string;
  goLiveDate: string;
  version: number;
  moved: GoLiveMoved | null;
  onMoved: (answer: GoLiveMoved | null) => Promise<unknown>;
}) {
  const [date, setDate] = useState(goLiveDate);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);

  async function move(event: FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      await onMoved(await moveGoLive(rolloutId, date, reason, version));
    } catch (failure) {
      if (isStale(failure)) {
        await onMoved(null);
        setError('The site was changed by someone else; it has been reloaded. Check the plan and move again.');
      } else setError(failure instanceof Error ? failure.message : String(failure));
    }
  }

  return (
    <section className="plan-action" aria-labelledby="go-live-title">
      <h2 id="go-live-title">Move go-live</h2>
      <form onSubmit={(e) => void move(e)}>
        <label>
          New go-live date
          <input type="date" required value={date} onChange={(e) => setDate(e.target.value)} />
        </label>
        <label>
          Reason
          <input value={reason} maxLength={1000} onChange={(e) => setReason(e.target.value)} />
        </label>
        <button type="submit" disabled={date === goLiveDate}>
          Move go-live
        </button>
      </form>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {moved && (
        <div role="status" className="moved">
          <p>
            Go-live is now {moved.goLiveDate}; {moved.moved?.length ?? 0} tasks moved, the plan finishes {moved.planFinish}.
          </p>
          <ul className="moved-list" aria-label="Tasks that moved">
            {(moved.moved ?? []).slice(0, 50).map((move) => (
              <li key={move.taskId}>
                {move.taskId}: {move.previousStart} → {move.start}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
