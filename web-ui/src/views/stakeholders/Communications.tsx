import { useState } from 'react';
import { useCommunications, useStakeholderChanges, type PlanEntry, type Scope } from '../../api/stakeholders';
import { EntryEditor, PlanEntryForm, SendForm, sendBody } from './CommunicationForms';
import { Pager } from './Register';
import { label, rateText } from './stakeholders';

/** When a plan entry goes out: every N days from D days before go-live, or on a planning event. */
export function cadence(entry: PlanEntry): string {
  if (entry.trigger) return `When ${label(entry.trigger).toLowerCase()}`;
  const from = entry.fromDaysBeforeGoLive;
  return `Every ${entry.everyDays} day${entry.everyDays === 1 ? '' : 's'}${from !== undefined ? ` from GL-${from}` : ''}`;
}

/** Who an entry goes to: quadrants and role groups narrow each other; named stakeholders are added. */
export function audience(entry: PlanEntry): string {
  const parts = [...(entry.quadrants ?? []).map(label), ...(entry.roleGroups ?? []).map(label)];
  const named = entry.stakeholderIds?.length ? `${entry.stakeholderIds.length} named` : '';
  return [parts.join(', ') || (named ? '' : 'Everyone registered'), named].filter(Boolean).join(' + ');
}

/** The communication plan, the communications sent (a page at a time) and their acknowledgement rates. */
export function Communications({ scope, mayChange, username }: { scope: Scope; mayChange: boolean; username: string }) {
  const [page, setPage] = useState(0);
  const communications = useCommunications(scope, page);
  const { addEntry, reviseEntry, send } = useStakeholderChanges(scope);
  const [editing, setEditing] = useState<string | null>(null);
  const data = communications.data;
  const reload = () => { addEntry.reset(); reviseEntry.reset(); send.reset(); void communications.refetch(); };
  const edited = data?.plan?.entries?.find((e) => e.entryId === editing);
  const edit = (entryId: string | null) => { reviseEntry.reset(); setEditing(entryId); };
  return (
    <>
      <section aria-labelledby="plan-title" className="panel">
        <h2 id="plan-title">Communication plan</h2>
        {communications.isPending && <p role="status">Loading the communications…</p>}
        {communications.isError && <p role="alert">The communications could not be loaded: {communications.error.message}</p>}
        {data && !data.plan && (
          <p>{scope.kind === 'program' ? 'No communication plan for the program as a whole; a site may have its own.' : 'No communication plan for this site yet.'}</p>
        )}
        {data && mayChange && (
          <PlanEntryForm plan={data.plan} owner={username} pending={addEntry.isPending} error={addEntry.error} onReload={reload}
            onSubmit={(value, done) => addEntry.mutate(value, { onSuccess: done })} />
        )}
        {data?.plan && edited && mayChange && (
          <EntryEditor key={edited.entryId} plan={data.plan} entry={edited} owner={username} pending={reviseEntry.isPending}
            error={reviseEntry.error} onReload={reload} onClose={() => edit(null)}
            onSubmit={({ entry, version }, done) => reviseEntry.mutate(
              { planId: data.plan!.id ?? '', entryId: edited.entryId ?? '', entry, version: version ?? 0 }, { onSuccess: done })} />
        )}
        {data?.plan && (
          <div className="table-scroll" tabIndex={0} role="region" aria-label="Communication plan">
            <table className={mayChange ? 'plan-entries with-actions' : 'plan-entries'}>
              <caption>{(data.plan.entries ?? []).length} entries</caption>
              <thead>
                <tr>
                  <th scope="col">Entry</th>
                  <th scope="col">Purpose</th>
                  <th scope="col">Channel</th>
                  <th scope="col">When</th>
                  <th scope="col">Audience</th>
                  <th scope="col">Owner</th>
                  <th scope="col">Next due</th>
                  <th scope="col">Last handled</th>
                  {mayChange && <th scope="col"><span className="visually-hidden">Actions</span></th>}
                </tr>
              </thead>
              <tbody>
                {(data.plan.entries ?? []).map((entry) => (
                  <tr key={entry.entryId}>
                    <td className="wrap">{entry.title}</td>
                    <td>{label(entry.purpose)}</td>
                    <td>{label(entry.channel)}</td>
                    <td>{cadence(entry)}</td>
                    <td className="wrap">{audience(entry)}</td>
                    <td>{entry.owner}</td>
                    <td>{entry.nextDue ?? '—'}</td>
                    <td>{entry.lastHandled ? `${entry.lastHandled.occurrence}: ${label(entry.lastHandled.handling)}` : '—'}</td>
                    {mayChange && (
                      <td>
                        <button type="button" aria-label={`Edit ${entry.title}`} onClick={() => edit(entry.entryId ?? null)}>Edit</button>
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section aria-labelledby="sent-title" className="panel">
        <h2 id="sent-title">Sent communications</h2>
        {data && mayChange && (
          <SendForm scope={scope} pending={send.isPending} error={send.error} onReload={reload}
            onSubmit={(values, done) => send.mutate(sendBody(values), { onSuccess: done })} />
        )}
        {data && (
          <>
            <dl className="figures">
              <div><dt>Acknowledged overall</dt><dd>{rateText(data.rates.overall)}</dd></div>
              {Object.entries(data.rates.byRoleGroup ?? {}).map(([group, rate]) => (
                <div key={group}><dt>{label(group)}</dt><dd>{rateText(rate)}</dd></div>
              ))}
            </dl>
            {(data.sent.communications ?? []).length === 0 ? (
              <p>Nothing sent yet.</p>
            ) : (
              <div className="table-scroll" tabIndex={0} role="region" aria-label="Sent communications">
                <table>
                  <caption>{data.sent.total} communications, latest first</caption>
                  <thead>
                    <tr>
                      <th scope="col">Subject</th>
                      <th scope="col">Purpose</th>
                      <th scope="col">Sent</th>
                      <th scope="col">By</th>
                      <th scope="col" className="num">Recipients</th>
                      <th scope="col" className="num">Delivered</th>
                      <th scope="col">Acknowledged</th>
                      <th scope="col">Deadline</th>
                    </tr>
                  </thead>
                  <tbody>
                    {(data.sent.communications ?? []).map((c) => (
                      <tr key={c.id}>
                        <td className="wrap">{c.subject}</td>
                        <td>{label(c.purpose)}</td>
                        <td>{c.sentAt?.slice(0, 16).replace('T', ' ')}</td>
                        <td>{c.sentBy ?? (c.rule ? `rule: ${c.rule}` : '')}</td>
                        <td className="num">{c.deliveries?.length ?? 0}</td>
                        <td className="num">{c.deliveries?.filter((d) => d.state === 'DELIVERED').length ?? 0}</td>
                        <td>{c.acknowledgementDeadline ? rateText(c.acknowledgements) : 'not asked'}</td>
                        <td>{c.acknowledgementDeadline?.slice(0, 10) ?? ''}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
            <Pager page={data.sent.page ?? 0} totalPages={data.sent.totalPages ?? 0} onPage={setPage} what="communications" />
          </>
        )}
      </section>
    </>
  );
}
