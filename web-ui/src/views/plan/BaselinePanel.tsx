import { useState, type FormEvent } from 'react';
import { setBaseline, type Plan } from '../../api/planning';

/** Sets a named baseline (a snapshot of the dates) and chooses the one the Gantt compares with. */
export function BaselinePanel({
  rolloutId,
  plan,
  chosen,
  mayEdit,
  onChoose,
  onSet,
}: {
  rolloutId: string;
  plan: Plan;
  chosen: string;
  mayEdit: boolean;
  onChoose: (name: string) => void;
  onSet: () => Promise<unknown>;
}) {
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const baselines = plan.baselines ?? [];

  async function set(event: FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      await setBaseline(rolloutId, name.trim());
      await onSet();
      onChoose(name.trim());
      setName('');
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  }

  return (
    <section className="plan-action" aria-labelledby="baseline-title">
      <h2 id="baseline-title">Baseline</h2>
      <label>
        Compare with
        <select value={chosen} onChange={(e) => onChoose(e.target.value)}>
          <option value="">No baseline</option>
          {baselines.map((baseline) => (
            <option key={baseline.name} value={baseline.name}>
              {baseline.name} ({baseline.setAt?.slice(0, 10)})
            </option>
          ))}
        </select>
      </label>
      {mayEdit && (
        <form onSubmit={(e) => void set(e)}>
          <label>
            New baseline name
            <input value={name} required maxLength={100} pattern="[^/?#]+" onChange={(e) => setName(e.target.value)} />
          </label>
          <button type="submit">Set baseline</button>
        </form>
      )}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </section>
  );
}
