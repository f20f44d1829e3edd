import { useState, type FormEvent } from 'react';
import { isStale, moveGoLive, previewGoLive, type GoLiveMoved, type GoLivePreview, type Move } from '../../api/planning';

const SHOWN = 50;

/**
 * Moves the site's go-live in two steps: planning's preview says which tasks would move and the new critical path
 * (nothing stored), then the project manager confirms, and the move is sent with the version the preview was
 * computed on, so a plan changed in between is refused (409) rather than moved differently from what was shown.
 * The view keeps the move's answer ({@code moved}): the panel is drawn anew for the new go-live date once the plan
 * has reloaded, and the list must outlive it.
 */
export function GoLivePanel({
  rolloutId,
  goLiveDate,
  version,
  moved,
  onMoved,
  titleOf = (taskId) => taskId,
}: {
  rolloutId: string;
  goLiveDate: string;
  version: number;
  moved: GoLiveMoved | null;
  onMoved: (answer: GoLiveMoved | null) => Promise<unknown>;
  titleOf?: (taskId: string) => string;
}) {
  const [date, setDate] = useState(goLiveDate);
  const [reason, setReason] = useState('');
  const [preview, setPreview] = useState<GoLivePreview | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function stale() {
    setPreview(null);
    await onMoved(null);
    setError('The site was changed by someone else; it has been reloaded. Preview the move again.');
  }

  async function askPreview(event: FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      setPreview(await previewGoLive(rolloutId, date, version));
    } catch (failure) {
      if (isStale(failure)) await stale();
      else setError(failure instanceof Error ? failure.message : String(failure));
    }
  }

  async function confirm() {
    if (!preview) return;
    setError(null);
    try {
      await onMoved(await moveGoLive(rolloutId, preview.goLiveDate ?? date, reason, preview.version ?? version));
      setPreview(null);
    } catch (failure) {
      if (isStale(failure)) await stale();
      else setError(failure instanceof Error ? failure.message : String(failure));
    }
  }

  return (
    <section className="plan-action" aria-labelledby="go-live-title">
      <h2 id="go-live-title">Move go-live</h2>
      <form onSubmit={(e) => void askPreview(e)}>
        <label>
          New go-live date
          <input
            type="date"
            required
            value={date}
            onChange={(e) => {
              setDate(e.target.value);
              setPreview(null);
            }}
          />
        </label>
        <label>
          Reason
          <input value={reason} maxLength={1000} onChange={(e) => setReason(e.target.value)} />
        </label>
        <button type="submit" disabled={date === goLiveDate}>
          Preview move
        </button>
      </form>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {preview && (
        <section className="preview" aria-labelledby="preview-title">
          <h3 id="preview-title">If go-live moves to {preview.goLiveDate}</h3>
          <p>
            {preview.moved?.length ?? 0} tasks would move (from {preview.currentGoLiveDate}); the plan would finish{' '}
            {preview.planFinish}, with {preview.criticalPath?.length ?? 0} tasks on the critical path. Nothing has
            changed yet.
          </p>
          <MoveList label="Tasks that would move" moves={preview.moved ?? []} titleOf={titleOf} />
          <details>
            <summary>New critical path</summary>
            <ol className="moved-list" aria-label="New critical path">
              {(preview.criticalPath ?? []).map((taskId) => (
                <li key={taskId}>{titleOf(taskId)}</li>
              ))}
            </ol>
          </details>
          <p className="preview-actions">
            <button type="button" onClick={() => void confirm()}>
              Confirm move to {preview.goLiveDate}
            </button>{' '}
            <button type="button" className="secondary" onClick={() => setPreview(null)}>
              Cancel
            </button>
          </p>
        </section>
      )}
      {moved && (
        <div role="status" className="moved">
          <p>
            Go-live is now {moved.goLiveDate}; {moved.moved?.length ?? 0} tasks moved, the plan finishes {moved.planFinish}.
          </p>
          <MoveList label="Tasks that moved" moves={moved.moved ?? []} titleOf={titleOf} />
        </div>
      )}
    </section>
  );
}

function MoveList({ label, moves, titleOf }: { label: string; moves: Move[]; titleOf: (taskId: string) => string }) {
  return (
    <>
      <ul className="moved-list" aria-label={label} tabIndex={0}>
        {moves.slice(0, SHOWN).map((move) => (
          <li key={move.taskId}>
            {titleOf(move.taskId ?? '')}: {move.previousStart} → {move.start}
          </li>
        ))}
      </ul>
      {moves.length > SHOWN && <p>… and {moves.length - SHOWN} more.</p>}
    </>
  );
}
