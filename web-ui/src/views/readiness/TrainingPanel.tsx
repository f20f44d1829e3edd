import { useState } from 'react';
import { useReadinessChanges, type GroupForm, type Training } from '../../api/readiness';
import { GroupFigures, LearnerImport } from './ReadinessForms';

type Editing = { roleGroup?: string } & Partial<GroupForm>;

/** Training by role group; the PMO and the site's project manager enter a group's figures or import an export. */
export function TrainingPanel({ rolloutId, training, mayChange }: { rolloutId: string; training: Training | null; mayChange: boolean }) {
  const [editing, setEditing] = useState<Editing | null>(null);
  const { group, importFile } = useReadinessChanges(rolloutId);
  const open = (next: Editing) => { group.reset(); setEditing(next); };
  if (!training && !mayChange) return null;
  const pct = (value: number | undefined) => (value === undefined || value === null ? '—' : `${value} %`);
  return (
    <section aria-labelledby="training-title" className="panel">
      <h2 id="training-title">Training</h2>
      {!training && <p>No training figures yet.</p>}
      {training && <dl className="figures">
        <div><dt>Trained</dt><dd>{pct(training.trainedPercent)}</dd></div>
        <div><dt>Passed proficiency</dt><dd>{pct(training.proficiencyPercent)}</dd></div>
        <div><dt>Super users</dt><dd>{training.superUsers} of {training.superUsersNeeded} needed</dd></div>
        <div><dt>Shift coverage</dt><dd>{pct(training.shiftCoveragePercent)}</dd></div>
      </dl>}
      {editing && (
        <GroupFigures key={editing.roleGroup ?? 'new'} group={editing} pending={group.isPending} error={group.error}
          onCancel={() => setEditing(null)} onSubmit={(value) => group.mutate(value, { onSuccess: () => setEditing(null) })} />
      )}
      {mayChange && !editing && <p><button type="button" onClick={() => open({})}>Add a role group</button></p>}
      <div className="table-scroll" tabIndex={0} role="region" aria-label="Training by role group">
        <table>
          <caption>By role group</caption>
          <thead>
            <tr>
              <th scope="col">Role group</th>
              <th scope="col" className="num">To train</th>
              <th scope="col" className="num">Trained</th>
              <th scope="col" className="num">Passed proficiency</th>
              <th scope="col" className="num">Super users</th>
              <th scope="col" className="num">Shifts covered</th>
              {mayChange && <th scope="col"><span className="visually-hidden">Actions</span></th>}
            </tr>
          </thead>
          <tbody>
            {(training?.figures?.groups ?? []).map((group) => (
              <tr key={group.roleGroup}>
                <th scope="row">{group.roleGroup}</th>
                <td className="num">{group.usersToTrain}</td>
                <td className="num">{group.trained}</td>
                <td className="num">{group.passedProficiency}</td>
                <td className="num">{group.superUsers}</td>
                <td className="num">
                  {group.shiftsCovered} of {group.shiftsToCover}
                </td>
                {mayChange && (
                  <td>
                    <button type="button" aria-label={`Edit the figures of ${group.roleGroup}`} onClick={() => open(group)}>Edit</button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {mayChange && (
        <LearnerImport pending={importFile.isPending} error={importFile.error} report={importFile.data} onImport={(file) => importFile.mutate(file)} />
      )}
    </section>
  );
}
