import { useState, type FormEvent } from 'react';
import { exportXmlUrl, importXml, isStale, replaceXml, type Plan } from '../../api/planning';

type Message = { kind: 'status' | 'alert'; text: string };

const errorText = (failure: unknown) => (failure instanceof Error ? failure.message : String(failure));

/**
 * Microsoft Project XML: the plan downloaded; a site without a plan given one from a file; a site with a plan has it
 * replaced from a file, once a confirmation has said what goes with the old plan.
 */
export function PlanFiles({
  rolloutId,
  plan,
  mayImport,
  onImported,
}: {
  rolloutId: string;
  plan: Plan | null;
  mayImport: boolean;
  onImported: () => Promise<unknown>;
}) {
  const [file, setFile] = useState<File | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<Message | null>(null);

  async function upload(event: FormEvent) {
    event.preventDefault();
    if (!file) return;
    try {
      const imported = await importXml(rolloutId, file, file.name);
      await onImported();
      setMessage({ kind: 'status', text: `Imported${imported.warnings?.length ? `: ${imported.warnings.join('; ')}` : ''}` });
    } catch (failure) {
      setMessage({ kind: 'alert', text: errorText(failure) });
    }
  }

  async function replace() {
    if (!file || !plan) return;
    setConfirming(false);
    try {
      const replaced = await replaceXml(rolloutId, file, file.name, plan.version ?? 0);
      await onImported();
      const warnings = replaced.warnings?.length ? ` ${replaced.warnings.join('; ')}` : '';
      setMessage({
        kind: 'status',
        text: `Plan replaced from ${file.name}: ${replaced.plan?.tasks?.length ?? 0} tasks now, ${replaced.previousTaskCount ?? 0} before.${warnings}`,
      });
    } catch (failure) {
      setMessage({
        kind: 'alert',
        text: isStale(failure) ? `Someone changed this plan meanwhile: reload it and look again before replacing it. (${errorText(failure)})` : errorText(failure),
      });
    }
  }

  const baselines = plan?.baselines?.map((b) => b.name).filter(Boolean) ?? [];
  return (
    <section className="plan-action" aria-labelledby="files-title">
      <h2 id="files-title">Microsoft Project</h2>
      {plan && (
        <a className="button" href={exportXmlUrl(rolloutId)} download>
          Export MS Project XML
        </a>
      )}
      {mayImport && (
        <form
          onSubmit={(e) => {
            if (plan) {
              e.preventDefault();
              setConfirming(file !== null);
            } else {
              void upload(e);
            }
          }}
        >
          <label>
            MS Project XML file
            <input
              type="file"
              accept=".xml,application/xml"
              onChange={(e) => {
                setFile(e.target.files?.[0] ?? null);
                setConfirming(false);
              }}
            />
          </label>
          <button type="submit" disabled={!file}>
            {plan ? 'Replace plan…' : 'Import plan'}
          </button>
        </form>
      )}
      {!plan && !mayImport && <p>This site has no plan yet.</p>}
      {plan && file && confirming && (
        <div role="alertdialog" aria-labelledby="replace-title" aria-describedby="replace-loss" className="replace-confirm">
          <h3 id="replace-title">Replace this plan with {file.name}?</h3>
          <p id="replace-loss">
            The plan's {plan.tasks?.length ?? 0} tasks and their progress are discarded
            {baselines.length
              ? `, and its ${baselines.length === 1 ? 'baseline' : `${baselines.length} baselines`} (${baselines.join(', ')}) with them`
              : ''}
            ; resources assigned to those tasks are released. The site and its go-live date stay.
          </p>
          <button type="button" onClick={() => void replace()}>
            Replace plan
          </button>{' '}
          <button type="button" onClick={() => setConfirming(false)}>
            Cancel
          </button>
        </div>
      )}
      {message && (
        <p role={message.kind} className={message.kind === 'alert' ? 'error' : undefined}>
          {message.text}
        </p>
      )}
    </section>
  );
}
