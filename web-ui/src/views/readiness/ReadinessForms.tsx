import { useState, type FormEvent } from 'react';
import { fieldErrors } from '../../api/http';
import type { AssessmentForm, Criterion, GroupForm, TrainingImportReport } from '../../api/readiness';
import { Field } from '../Field';

interface Props<T> {
  pending: boolean;
  error: unknown;
  onSubmit: (value: T) => void;
  onCancel: () => void;
}

const problemText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Assesses a criterion: its attainment in percent (the service derives the status: met at the pass level, partial
 * above 0), the evidence and a note; the assessor is the signed-in user, kept in the scorecard's history.
 */
export function AssessCriterion({ criterion, pending, error, onSubmit, onCancel }: Props<AssessmentForm> & { criterion: Criterion }) {
  const [attainment, setAttainment] = useState(String(criterion.attainment ?? 0));
  const [evidence, setEvidence] = useState(criterion.evidence ?? '');
  const [note, setNote] = useState('');
  const errors = fieldErrors(error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit({ attainment: Number(attainment), evidence: evidence.trim() || undefined, note: note.trim() || undefined });
  };
  return (
    <form className="edit-form" onSubmit={submit} aria-label={`Assess ${criterion.name}`} noValidate>
      <h3>Assess: {criterion.name}</h3>
      <p className="hint">Met at {criterion.passLevel ?? 100} % attainment; partial above 0.</p>
      <div className="fields">
        <Field label="Attainment (%)" error={errors.attainment}>
          {(c) => <input {...c} type="number" min={0} max={100} value={attainment} onChange={(e) => setAttainment(e.target.value)} />}
        </Field>
        <Field label="Evidence" error={errors.evidence}>
          {(c) => <textarea {...c} value={evidence} maxLength={2000} onChange={(e) => setEvidence(e.target.value)} />}
        </Field>
        <Field label="Note" error={errors.note}>
          {(c) => <input {...c} value={note} maxLength={2000} onChange={(e) => setNote(e.target.value)} />}
        </Field>
      </div>
      <div className="actions">
        <button type="submit" className="primary" disabled={pending || attainment === ''}>Record the assessment</button>
        <button type="button" onClick={onCancel}>Cancel</button>
      </div>
      {error != null && <p role="alert" className="problem">{problemText(error)}</p>}
    </form>
  );
}

const FIGURES: { key: keyof GroupForm; label: string }[] = [
  { key: 'usersToTrain', label: 'Users to train' },
  { key: 'trained', label: 'Trained' },
  { key: 'passedProficiency', label: 'Passed proficiency' },
  { key: 'superUsers', label: 'Super users' },
  { key: 'shiftsToCover', label: 'Shifts to cover' },
  { key: 'shiftsCovered', label: 'Shifts with a super user' },
];

/** A role group's training figures as a whole (figures that contradict each other: 422 naming them). */
export function GroupFigures({ group, pending, error, onSubmit, onCancel }: Props<{ roleGroup: string; form: GroupForm }> & {
  group?: { roleGroup?: string } & Partial<GroupForm>;
}) {
  const [roleGroup, setRoleGroup] = useState(group?.roleGroup ?? '');
  const [values, setValues] = useState<Record<keyof GroupForm, string>>(
    () => Object.fromEntries(FIGURES.map(({ key }) => [key, String(group?.[key] ?? 0)])) as Record<keyof GroupForm, string>,
  );
  const errors = fieldErrors(error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const form = Object.fromEntries(FIGURES.map(({ key }) => [key, Number(values[key])])) as unknown as GroupForm;
    onSubmit({ roleGroup: roleGroup.trim(), form });
  };
  const what = group?.roleGroup ? `Training figures of ${group.roleGroup}` : 'Training figures of a new role group';
  return (
    <form className="edit-form" onSubmit={submit} aria-label={what} noValidate>
      <h3>{what}</h3>
      <div className="fields">
        {!group?.roleGroup && (
          <Field label="Role group" error={errors.roleGroup}>
            {(c) => <input {...c} value={roleGroup} maxLength={100} onChange={(e) => setRoleGroup(e.target.value)} />}
          </Field>
        )}
        {FIGURES.map(({ key, label }) => (
          <Field key={key} label={label} error={errors[key]}>
            {(c) => <input {...c} type="number" min={0} value={values[key]} onChange={(e) => setValues((v) => ({ ...v, [key]: e.target.value }))} />}
          </Field>
        ))}
      </div>
      <div className="actions">
        <button type="submit" className="primary" disabled={pending || !roleGroup.trim()}>Save the figures</button>
        <button type="button" onClick={onCancel}>Cancel</button>
      </div>
      {error != null && <p role="alert" className="problem">{problemText(error)}</p>}
    </form>
  );
}

/** A learning-system export (CSV, one row per learner): the groups it names get its good rows' figures. */
export function LearnerImport({ pending, error, report, onImport }: {
  pending: boolean; error: unknown; report: TrainingImportReport | undefined; onImport: (file: Blob) => void;
}) {
  const [file, setFile] = useState<File | null>(null);
  return (
    <>
      <form className="filters" aria-label="Import a learning-system export"
        onSubmit={(event) => { event.preventDefault(); if (file) onImport(file); }}>
        <label>
          Learning-system export (CSV)
          <input type="file" accept=".csv,text/csv" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
        </label>
        <button type="submit" disabled={pending || !file}>Import</button>
      </form>
      <p className="hint">Columns user_id, role_group, status (NOT_STARTED, IN_PROGRESS, COMPLETED), optional proficiency (PASSED, FAILED), super_user (yes/no), shift.</p>
      {error != null && <p role="alert" className="problem">{problemText(error)}</p>}
      {report && (
        <div role="status">
          <p>{report.rowsRead} rows read: {report.accepted} accepted, {(report.rejected ?? []).length} rejected.</p>
          {(report.rejected ?? []).length > 0 && (
            <div className="table-scroll" tabIndex={0} role="region" aria-label="Rejected learner rows">
              <table>
                <caption>Rejected rows</caption>
                <thead><tr><th scope="col">Line</th><th scope="col">Column</th><th scope="col">Why</th></tr></thead>
                <tbody>
                  {(report.rejected ?? []).map((row, i) => (
                    <tr key={`${row.line}-${row.column}-${i}`}><td className="num">{row.line}</td><td>{row.column}</td><td className="wrap">{row.message}</td></tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </div>
      )}
    </>
  );
}
