import { useState, type FormEvent } from 'react';
import { actionError, type BudgetThresholds, type ProgramThresholds, type ThresholdChange } from '../../api/budget';
import { categoryLabel } from './phasing';
import { parsePercents, percentList, SOURCE_LABEL } from './thresholds';

interface Props {
  thresholds: BudgetThresholds;
  program: ProgramThresholds | undefined;
  /** Finance and the PMO set thresholds; everyone else only reads them. */
  maySet: boolean;
  onChange: (change: ThresholdChange) => void;
  pending: boolean;
  error: unknown;
}

/** A field for thresholds, checked as typed; the form sends the parsed percents. */
function ThresholdForm({ label, initial, submitLabel, disabled, onSubmit }: {
  label: string;
  initial: readonly number[] | undefined;
  submitLabel: string;
  disabled: boolean;
  onSubmit: (percents: number[]) => void;
}) {
  const [text, setText] = useState((initial ?? []).join(', '));
  const [problem, setProblem] = useState<string>();
  const id = `thresholds-${submitLabel.replaceAll(' ', '-').toLowerCase()}`;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = parsePercents(text);
    setProblem(parsed.error);
    if (parsed.percents) onSubmit(parsed.percents);
  };
  return (
    <form onSubmit={submit} className="actions">
      <label htmlFor={id}>{label}</label>
      <input id={id} value={text} onChange={(e) => setText(e.target.value)} aria-invalid={problem ? true : undefined} aria-describedby={problem ? `${id}-problem` : undefined} />
      <button type="submit" disabled={disabled}>{submitLabel}</button>
      {problem && <span id={`${id}-problem`} role="alert" className="problem">{problem}</span>}
    </form>
  );
}

/** The thresholds spend is watched against, what it has passed, and for finance and the PMO the forms that set them. */
export function ThresholdsPanel({ thresholds, program, maySet, onChange, pending, error }: Props) {
  const source = thresholds.source ?? 'DEFAULT';
  const crossed = thresholds.crossed ?? [];
  const version = Number(thresholds.version ?? 0);
  return (
    <section aria-labelledby="thresholds-title" className="panel">
      <h3 id="thresholds-title">Alert thresholds</h3>
      <p>
        Alerts when spend passes {percentList(thresholds.percents)} of approved ({SOURCE_LABEL[source]}).{' '}
        {crossed.length === 0
          ? 'Spend has passed none of them.'
          : `Passed: ${crossed.map((c) => `${c.scope === 'TOTAL' ? 'the whole budget' : categoryLabel(c.category)} ${c.percent} %`).join(', ')}.`}
      </p>
      {program && (
        <p className="hint">
          The program’s budgets use {percentList(program.percents)} ({SOURCE_LABEL[program.source ?? 'DEFAULT']}).
        </p>
      )}
      {maySet && thresholds.budgetId && (
        <>
          <ThresholdForm
            key={`budget-${version}`}
            label="This budget’s thresholds (percent, ascending)"
            initial={thresholds.percents}
            submitLabel="Set for this budget"
            disabled={pending}
            onSubmit={(percents) => onChange({ scope: 'budget', budgetId: thresholds.budgetId ?? '', percents, version })}
          />
          {source === 'BUDGET' && (
            <p>
              <button type="button" disabled={pending} onClick={() => onChange({ scope: 'budget', budgetId: thresholds.budgetId ?? '', percents: null, version })}>
                Follow the program’s thresholds
              </button>
            </p>
          )}
          {program && thresholds.programId && (
            <ThresholdForm
              key={`program-${program.version ?? 'default'}`}
              label="Every budget of the program (percent, ascending)"
              initial={program.percents}
              submitLabel="Set for the program"
              disabled={pending}
              onSubmit={(percents) => onChange({ scope: 'program', programId: thresholds.programId ?? '', percents, version: program.version })}
            />
          )}
        </>
      )}
      {Boolean(error) && (
        <p role="alert" className="problem">
          {actionError(error)}
        </p>
      )}
    </section>
  );
}
