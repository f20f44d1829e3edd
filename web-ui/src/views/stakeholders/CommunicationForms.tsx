import { useState, type FormEvent } from 'react';
import { ApiError, fieldErrors } from '../../api/http';
import type { Communication, CommunicationPlan, EntryForm, PlanEntry, Quadrant, RoleGroup, Scope } from '../../api/stakeholders';
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

/** Adds an entry to the communication plan: a button that opens the entry's form. */
export function PlanEntryForm(props: FormProps<{ entry: EntryForm; version?: number }> & { plan: CommunicationPlan | null; owner: string }) {
  const [open, setOpen] = useState(false);
  if (!open) return <p><button type="button" onClick={() => setOpen(true)}>Add a plan entry</button></p>;
  return <EntryEditor {...props} onClose={() => setOpen(false)} />;
}

/**
 * The form of a plan entry: what, to whom, how, and on a cadence from go-live or on a planning event. Empty, it adds
 * an entry; given one, it revises it whole, keeping what the form does not show (quadrants, named stakeholders, the
 * acknowledgement asked, sending itself).
 */
export function EntryEditor({ plan, entry: current, owner: me, pending, error, onSubmit, onReload, onClose }:
  FormProps<{ entry: EntryForm; version?: number }> & { plan: CommunicationPlan | null; owner: string; entry?: PlanEntry; onClose: () => void }) {
  const [title, setTitle] = useState(current?.title ?? '');
  const [purpose, setPurpose] = useState<Purpose>(current?.purpose ?? 'STATUS');
  const [channel, setChannel] = useState<Channel>(current?.channel ?? 'EMAIL');
  const [when, setWhen] = useState<'cadence' | (typeof TRIGGERS)[number]>(current?.trigger ?? 'cadence');
  const [everyDays, setEveryDays] = useState(String(current?.everyDays ?? 7));
  const [from, setFrom] = useState(String(current?.fromDaysBeforeGoLive ?? 90));
  const [roleGroups, setRoleGroups] = useState<RoleGroup[]>(current?.roleGroups ?? []);
  const [owner, setOwner] = useState(current?.owner ?? me);
  const errors = Object.fromEntries(Object.entries(fieldErrors(error)).map(([k, v]) => [k.replace(/^(entries\[0\]|entry)\./, ''), v]));
  const name = current ? `Edit ${current.title}` : 'Add a plan entry';
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const cadence = when === 'cadence' ? { everyDays: Number(everyDays), fromDaysBeforeGoLive: Number(from) } : { trigger: when };
    onSubmit({ entry: entryForm(current, { title: title.trim(), purpose, channel, owner: owner.trim(), roleGroups, ...cadence }), version: plan?.version },
      () => { onClose(); setTitle(''); });
  };
  return (
    <form className="edit-form" onSubmit={submit} aria-label={name} noValidate>
      <div className="fields">
        <Field label="Entry" error={errors.title}>{(c) => <input {...c} value={title} maxLength={200} onChange={(e) => setTitle(e.target.value)} />}</Field>
        <Field label="Purpose" error={errors.purpose}>
          {(c) => <select {...c} value={purpose} onChange={(e) => setPurpose(e.target.value as Purpose)}>{PURPOSES.map((p) => <option key={p} value={p}>{label(p)}</option>)}</select>}
        </Field>
        <Field label="Channel" error={errors.channel ?? errors.autoSend}>
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
        <Several label="Role groups (none: everyone)" values={ROLE_GROUPS} chosen={roleGroups} error={errors.roleGroups ?? errors.audience} onChange={setRoleGroups} />
        <Field label="Owner" error={errors.owner}>{(c) => <input {...c} value={owner} maxLength={200} onChange={(e) => setOwner(e.target.value)} />}</Field>
      </div>
      <div className="actions">
        <button type="submit" className="primary" disabled={pending}>{current ? 'Save the entry' : 'Add the entry'}</button>
        <button type="button" onClick={onClose}>Cancel</button>
      </div>
      <Problem error={error} what="the communication plan" onReload={() => { onClose(); onReload(); }} />
    </form>
  );
}

type EntryFields = Pick<EntryForm, 'title' | 'purpose' | 'channel' | 'owner' | 'roleGroups' | 'everyDays' | 'fromDaysBeforeGoLive' | 'trigger'>;

/**
 * The entry to send: the form's fields over what the entry already plans beyond them (a revision replaces the entry
 * whole). With no role group, quadrant or named stakeholder at all, the audience is every role group: "everyone".
 */
export function entryForm(current: PlanEntry | undefined, fields: EntryFields): EntryForm {
  const kept: Partial<EntryForm> = current
    ? { quadrants: current.quadrants, stakeholderIds: current.stakeholderIds, acknowledgeWithinDays: current.acknowledgeWithinDays,
        autoSend: current.autoSend && fields.channel === 'EMAIL' && !fields.trigger ? true : undefined }
    : {};
  const named = (kept.quadrants?.length ?? 0) + (kept.stakeholderIds?.length ?? 0) > 0;
  const roleGroups = fields.roleGroups?.length || named ? fields.roleGroups : [...ROLE_GROUPS];
  return { ...kept, ...fields, roleGroups } as EntryForm;
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
