import { useState, type FormEvent } from 'react';
import { ApiError, fieldErrors } from '../../api/http';
import type { Communication, CommunicationPlan, EntryForm, Quadrant, RoleGroup, Scope } from '../../api/stakeholders';
import { Field } from '../Field';
import { ROLE_GROUPS } from './StakeholderEditor';
import { changeError, label, QUADRANTS } from './stakeholders';

type Purpose = NonNullable<EntryForm['purpose']>;
type Channel = NonNullable<EntryForm['channel']>;
const PURPOSES: readonly Purpose[] = ['VISION', 'STATUS', 'GO_LIVE_PREPARATION', 'TRAINING', 'DOWNTIME'];
const CHANNELS: readonly Channel[] = ['EMAIL', 'MEETING', 'NEWSLETTER', 'INTRANET'];
const TRIGGERS = ['GO_LIVE_MOVED', 'MILESTONE_SLIPPED'] as const;

interface FormProps<T, R = unknown> {
  pending: boolean;
  error: unknown;
  /** Sends the form; `done` is called with the service's answer once it succeeded. */
  onSubmit: (value: T, done: (answer: R) => void) => void;
  onReload: () => void;
}

/** A multiple select of an enum, as the audience's role groups and quadrants are. */
function Several<T extends string>({ label: text, values, chosen, error, onChange }: {
  label: string; values: readonly T[]; chosen: T[]; error?: string; onChange: (chosen: T[]) => void;
}) {
  return (
    <Field label={text} error={error}>
      {(c) => (
        <select {...c} multiple size={Math.min(values.length, 6)} value={chosen}
          onChange={(e) => onChange([...e.target.selectedOptions].map((o) => o.value as T))}>
          {values.map((v) => <option key={v} value={v}>{label(v)}</option>)}
        </select>
      )}
    </Field>
  );
}

function Problem({ error, what, onReload }: { error: unknown; what: string; onReload: () => void }) {
  if (error == null) return null;
  return (
    <div role="alert" className="problem">
      {changeError(error, what)}
      {error instanceof ApiError && error.status === 409 && <> <button type="button" onClick={onReload}>Reload</button></>}
    </div>
  );
}

/** Adds an entry to the communication plan: what, to whom, how, and on a cadence from go-live or on a planning event. */
export function PlanEntryForm({ plan, owner: me, pending, error, onSubmit, onReload }: FormProps<{ entry: EntryForm; version?: number }> & {
  plan: CommunicationPlan | null; owner: string;
}) {
  const [open, setOpen] = useState(false);
  const [title, setTitle] = useState('');
  const [purpose, setPurpose] = useState<Purpose>('STATUS');
  const [channel, setChannel] = useState<Channel>('EMAIL');
  const [when, setWhen] = useState<'cadence' | (typeof TRIGGERS)[number]>('cadence');
  const [everyDays, setEveryDays] = useState('7');
  const [from, setFrom] = useState('90');
  const [roleGroups, setRoleGroups] = useState<RoleGroup[]>([]);
  const [owner, setOwner] = useState(me);
  const errors = Object.fromEntries(Object.entries(fieldErrors(error)).map(([k, v]) => [k.replace(/^entries\[0\]\./, ''), v]));
  if (!open) return <p><button type="button" onClick={() => setOpen(true)}>Add a plan entry</button></p>;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const cadence = when === 'cadence' ? { everyDays: Number(everyDays), fromDaysBeforeGoLive: Number(from) } : { trigger: when };
    onSubmit({ entry: { title: title.trim(), purpose, channel, owner: owner.trim(), roleGroups, ...cadence }, version: plan?.version },
      () => { setOpen(false); setTitle(''); });
  };
  return (
    <form className="edit-form" onSubmit={submit} aria-label="Add a plan entry" noValidate>
      <div className="fields">
        <Field label="Entry" error={errors.title}>{(c) => <input {...c} value={title} maxLength={200} onChange={(e) => setTitle(e.target.value)} />}</Field>
        <Field label="Purpose" error={errors.purpose}>
          {(c) => <select {...c} value={purpose} onChange={(e) => setPurpose(e.target.value as Purpose)}>{PURPOSES.map((p) => <option key={p} value={p}>{label(p)}</option>)}</select>}
        </Field>
        <Field label="Channel" error={errors.channel}>
          {(c) => <select {...c} value={channel} onChange={(e) => setChannel(e.target.value as Channel)}>{CHANNELS.map((p) => <option key={p} value={p}>{label(p)}</option>)}</select>}
        </Field>
        <Field label="When" error={errors.trigger}>
          {(c) => (
            <select {...c} value={when} onChange={(e) => setWhen(e.target.value as typeof when)}>
              <option value="cadence">On a cadence</option>
              {TRIGGERS.map((t) => <option key={t} value={t}>When {label(t).toLowerCase()}</option>)}
            </select>
          )}
        </Field>
        {when === 'cadence' && (
          <>
            <Field label="Every (days)" error={errors.everyDays}>{(c) => <input {...c} type="number" min={1} max={366} value={everyDays} onChange={(e) => setEveryDays(e.target.value)} />}</Field>
            <Field label="From (days before go-live)" error={errors.fromDaysBeforeGoLive}>{(c) => <input {...c} type="number" min={0} max={1000} value={from} onChange={(e) => setFrom(e.target.value)} />}</Field>
          </>
        )}
        <Several label="Role groups (none: everyone)" values={ROLE_GROUPS} chosen={roleGroups} error={errors.roleGroups} onChange={setRoleGroups} />
        <Field label="Owner" error={errors.owner}>{(c) => <input {...c} value={owner} maxLength={200} onChange={(e) => setOwner(e.target.value)} />}</Field>
      </div>
      <div className="actions">
        <button type="submit" className="primary" disabled={pending}>Add the entry</button>
        <button type="button" onClick={() => setOpen(false)}>Cancel</button>
      </div>
      <Problem error={error} what="the communication plan" onReload={() => { setOpen(false); onReload(); }} />
    </form>
  );
}

/** Sends an announcement now: the audience is resolved to people at once and each gets an e-mail. */
export function SendForm({ scope, pending, error, onSubmit, onReload }: FormProps<Parameters<typeof sendBody>[0], Communication> & { scope: Scope }) {
  const [open, setOpen] = useState(false);
  const [subject, setSubject] = useState('');
  const [body, setBody] = useState('');
  const [purpose, setPurpose] = useState<Purpose>('STATUS');
  const [roleGroups, setRoleGroups] = useState<RoleGroup[]>([]);
  const [quadrants, setQuadrants] = useState<Quadrant[]>([]);
  const [acknowledge, setAcknowledge] = useState('');
  const [sent, setSent] = useState<Communication | null>(null);
  const errors = fieldErrors(error);
  if (!open) {
    return (
      <>
        {sent && <p role="status">Sent “{sent.subject}” to {sent.deliveries?.length ?? 0} recipients.</p>}
        <p><button type="button" onClick={() => { setSent(null); setOpen(true); }}>Send an announcement</button></p>
      </>
    );
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit({ scope, subject, body, purpose, roleGroups, quadrants, acknowledge }, (answer) => { setSent(answer); setOpen(false); setSubject(''); setBody(''); });
  };
  return (
    <form className="edit-form" onSubmit={submit} aria-label="Send an announcement" noValidate>
      <div className="fields">
        <Several label="To role groups (none: every group)" values={ROLE_GROUPS} chosen={roleGroups} error={errors['audience.roleGroups']} onChange={setRoleGroups} />
        <Several label="In quadrants (none: every quadrant)" values={QUADRANTS} chosen={quadrants} error={errors['audience.quadrants']} onChange={setQuadrants} />
        <Field label="Purpose" error={errors.purpose}>
          {(c) => <select {...c} value={purpose} onChange={(e) => setPurpose(e.target.value as Purpose)}>{PURPOSES.map((p) => <option key={p} value={p}>{label(p)}</option>)}</select>}
        </Field>
        <Field label="Acknowledge within (days, empty: not asked)" error={errors.acknowledgeWithinDays}>
          {(c) => <input {...c} type="number" min={1} max={90} value={acknowledge} onChange={(e) => setAcknowledge(e.target.value)} />}
        </Field>
        <Field label="Subject" error={errors.subject}>{(c) => <input {...c} value={subject} maxLength={200} onChange={(e) => setSubject(e.target.value)} />}</Field>
        <Field label="Message" error={errors.body}>{(c) => <textarea {...c} value={body} maxLength={20000} onChange={(e) => setBody(e.target.value)} />}</Field>
      </div>
      <div className="actions">
        <button type="submit" className="primary" disabled={pending}>Send</button>
        <button type="button" onClick={() => setOpen(false)}>Cancel</button>
      </div>
      <Problem error={error} what="the communications" onReload={() => { setOpen(false); onReload(); }} />
    </form>
  );
}

/** The body of `POST /communications` from the form's values (empty audience parts left out). */
export function sendBody(values: {
  scope: Scope; subject: string; body: string; purpose: Purpose; roleGroups: RoleGroup[]; quadrants: Quadrant[]; acknowledge: string;
}) {
  const { scope, subject, body, purpose, roleGroups, quadrants, acknowledge } = values;
  return {
    ...(scope.kind === 'rollout' ? { rolloutId: scope.id } : { programId: scope.id }),
    subject: subject.trim(),
    body: body.trim(),
    purpose,
    audience: { roleGroups, quadrants },
    acknowledgeWithinDays: acknowledge ? Number(acknowledge) : undefined,
  };
}
