import { useState } from 'react';
import type { Checkpoint, VoteChoice } from '../../api/readiness';
import { mayVote, tally, VOTE_LABEL } from './readiness';

interface Props {
  checkpoints: readonly Checkpoint[];
  username: string;
  onVote: (input: { checkpoint: string; vote: VoteChoice; comment?: string }) => void;
  pending: boolean;
  error: string | null;
}

/** Go/no-go checkpoints: the panel, its votes and the decision; a panel member votes here as themselves. */
export function Checkpoints({ checkpoints, username, onVote, pending, error }: Props) {
  return (
    <section aria-labelledby="checkpoints-title" className="panel">
      <h2 id="checkpoints-title">Go/no-go checkpoints</h2>
      {checkpoints.length === 0 && <p>No checkpoints.</p>}
      {checkpoints.map((checkpoint) => (
        <CheckpointCard key={checkpoint.name} checkpoint={checkpoint} username={username} onVote={onVote} pending={pending} />
      ))}
      {error && (
        <p role="alert" className="problem">
          {error}
        </p>
      )}
    </section>
  );
}

function CheckpointCard({ checkpoint, username, onVote, pending }: Omit<Props, 'checkpoints' | 'error'> & { checkpoint: Checkpoint }) {
  const [comment, setComment] = useState('');
  const { counts, notVoted } = tally(checkpoint);
  const decision = checkpoint.decision;
  return (
    <article className="checkpoint" aria-labelledby={`cp-${checkpoint.name}`}>
      <h3 id={`cp-${checkpoint.name}`}>
        {checkpoint.name} on {checkpoint.date}, {checkpoint.daysBeforeGoLive} days before go-live
      </h3>
      <p>
        Panel: {(checkpoint.panel ?? []).length ? (checkpoint.panel ?? []).join(', ') : 'not named yet'}
        {checkpoint.chair && <> (chair {checkpoint.chair})</>}. Votes: {counts.GO} go, {counts.GO_WITH_CONDITIONS} go with
        conditions, {counts.NO_GO} no-go{notVoted.length > 0 && <>; not voted: {notVoted.join(', ')}</>}.
      </p>
      {(checkpoint.votes ?? []).length > 0 && (
        <ul>
          {(checkpoint.votes ?? []).map((vote) => (
            <li key={vote.member}>
              {vote.member}: <strong>{VOTE_LABEL[vote.vote ?? ''] ?? vote.vote}</strong>
              {vote.comment && <> — {vote.comment}</>}
            </li>
          ))}
        </ul>
      )}
      {decision ? (
        <p>
          Decision: <strong>{VOTE_LABEL[decision.outcome ?? ''] ?? decision.outcome}</strong> by {decision.decidedBy} on{' '}
          {decision.decidedAt?.slice(0, 10)}, score {decision.score} ({decision.rating?.toLowerCase().replace('_', ' ')})
          {decision.rationale && <>: {decision.rationale}</>}
        </p>
      ) : (
        <p>No decision yet.</p>
      )}
      {mayVote(checkpoint, username) && (
        <div className="actions">
          <label>
            Comment
            <input value={comment} maxLength={2000} onChange={(e) => setComment(e.target.value)} />
          </label>
          {(['GO', 'GO_WITH_CONDITIONS', 'NO_GO'] as const).map((vote) => (
            <button key={vote} type="button" disabled={pending} onClick={() => onVote({ checkpoint: checkpoint.name ?? '', vote, comment: comment || undefined })}>
              Vote {VOTE_LABEL[vote].toLowerCase()}
            </button>
          ))}
        </div>
      )}
    </article>
  );
}
