import { useState, type FormEvent } from 'react';
import { ApiError, fieldErrors } from '../../api/http';
import type { Engagement, RoleGroup, Scope, Stakeholder, StakeholderForm } from '../../api/stakeholders';
import { Field } from '../Field';
import { changeError, ENGAGEMENTS, label } from './stakeholders';

export const ROLE_GROUPS: readonly RoleGroup[] = ['CLINICAL', 'TECHNICAL', 'EXECUTIVE', 'OPERATIONS', 'FINANCE', 'VENDOR'];
const LEVELS = ['LOW', 'MEDIUM', 'HIGH'] as const;
type Level = (typeof LEVELS)[number];

interface Props {
  scope: Scope;
  /** The stakeholder as read (its version goes with the change), or none to register a new one. */
  stakeholder?: Stakeholder;
  /** The sites the user may register on, with their names (a program's page offers a choice). */
  sites: { id: string; name: string }[];
  pending: boolean;
  error: unknown;
  onSave: (form: StakeholderForm, id: string | undefined) => void;
  onCancel: () => void;
  /** After a 409: read the register again and close the form. */
  onReload: () => void;
}

/** Registers a stakeholder on a site, or revises one: profile, rating on the grid, current and desired engagement. */
export function StakeholderEditor({ scope, stakeholder, sites, pending, error, onSave, onCancel, onReload }: Props) {
  const [name, setName] = useState(stakeholder?.name ?? '');
  const [title, setTitle] = useState(stakeholder?.title ?? '');
  const [email, setEmail] = useState(stakeholder?.email ?? '');
  const [organization, setOrganization] = useState(stakeholder?.organization ?? '');
  const [roleGroup, setRoleGroup] = useState<RoleGroup>(stakeholder?.roleGroup ?? 'CLINICAL');
  const [influence, setInfluence] = useState<Level | ''>(stakeholder?.influence ?? '');
  const [interest, setInterest] = useState<Level | ''>(stakeholder?.interest ?? '');
  const [current, setCurrent] = useState<Engagement | ''>(stakeholder?.currentEngagement ?? '');
  const [desired, setDesired] = useState<Engagement | ''>(stakeholder?.desiredEngagement ?? '');
  const [site, setSite] = useState(scope.kind === 'rollout' ? scope.id : (sites[0]?.id ?? ''));
  const errors = fieldErrors(error);
  const stale = error instanceof ApiError && error.status === 409;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSave(
      {
        name: name.trim(),
        title: title.trim() || undefined,
        email: email.trim() || undefined,
        organization: organization.trim() || undefined,
        roleGroup,
        influence: influence || undefined,
        interest: interest || undefined,
        currentEngagement: current || undefined,
        desiredEngagement: desired || undefined,
        champion: stakeholder?.champion,
        superUser: stakeholder?.superUser,
        // A revision keeps the stakeholder's links; a registration puts them on the site chosen.
        rolloutIds: stakeholder ? stakeholder.rolloutIds : [site],
        programIds: stakeholder?.programIds,
        version: stakeholder?.version,
      },
      stakeholder?.id,
    );
  };
  const what = stakeholder ? `Edit ${stakeholder.name}` : 'Add a stakeholder';
  return (
    <form className="edit-form" onSubmit={submit} aria-label={what} noValidate>
      <h3>{what}</h3>
      <div className="fields">
        <Field label="Name" error={errors.name}>
          {(c) => <input {...c} value={name} required maxLength={200} onChange={(e) => setName(e.target.value)} />}
        </Field>
        <Field label="Title" error={errors.title}>
          {(c) => <input {...c} value={title} maxLength={200} onChange={(e) => setTitle(e.target.value)} />}
        </Field>
        <Field label="Organisation" error={errors.organization}>
          {(c) => <input {...c} value={organization} maxLength={200} onChange={(e) => setOrganization(e.target.value)} />}
        </Field>
        <Field label="E-mail" error={errors.email}>
          {(c) => <input {...c} type="email" value={email} maxLength={320} onChange={(e) => setEmail(e.target.value)} />}
        </Field>
        <Field label="Role group" error={errors.roleGroup}>
          {(c) => (
            <select {...c} value={roleGroup} onChange={(e) => setRoleGroup(e.target.value as RoleGroup)}>
              {ROLE_GROUPS.map((g) => <option key={g} value={g}>{label(g)}</option>)}
            </select>
          )}
        </Field>
        <Choice label="Influence" value={influence} values={LEVELS} error={errors.influence} onChange={setInfluence} />
        <Choice label="Interest" value={interest} values={LEVELS} error={errors.interest} onChange={setInterest} />
        <Choice label="Current engagement" value={current} values={ENGAGEMENTS} error={errors.currentEngagement} onChange={setCurrent} />
        <Choice label="Desired engagement" value={desired} values={ENGAGEMENTS} error={errors.desiredEngagement} onChange={setDesired} />
        {!stakeholder && scope.kind === 'program' && (
          <Field label="Site" error={errors.rolloutIds}>
            {(c) => (
              <select {...c} value={site} onChange={(e) => setSite(e.target.value)}>
                {sites.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
              </select>
            )}
          </Field>
        )}
      </div>
      <div className="actions">
        <button type="submit" className="primary" disabled={pending || !name.trim() || !site}>
          {stakeholder ? 'Save the stakeholder' : 'Add the stakeholder'}
        </button>
        <button type="button" onClick={onCancel}>Cancel</button>
      </div>
      {error != null && (
        <div role="alert" className="problem">
          {changeError(error, 'this stakeholder')}
          {stale && <> <button type="button" onClick={onReload}>Reload the register</button></>}
        </div>
      )}
    </form>
  );
}

/** A select of an enum with "not rated" first. */
function Choice<T extends string>({ label: text, value, values, error, onChange }: {
  label: string; value: T | ''; values: readonly T[]; error?: string; onChange: (value: T | '') => void;
}) {
  return (
    <Field label={text} error={error}>
      {(c) => (
        <select {...c} value={value} onChange={(e) => onChange(e.target.value as T | '')}>
          <option value="">Not rated</option>
          {values.map((v) => <option key={v} value={v}>{label(v)}</option>)}
        </select>
      )}
    </Field>
  );
}
