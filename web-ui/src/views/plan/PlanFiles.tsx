import { useState, type FormEvent } from 'react';
import { exportXmlUrl, importXml } from '../../api/planning';

/** Microsoft Project XML: the plan downloaded, or a site without a plan given one from a file (never over a plan). */
export function PlanFiles({
  rolloutId,
  hasPlan,
  mayImport,
  onImported,
}: {
  rolloutId: string;
  hasPlan: boolean;
  mayImport: boolean;
  onImported: () => Promise<unknown>;
}) {
  const [file, setFile] = useState<File | null>(null);
  const [message, setMessage] = useState<{ kind: 'status' | 'alert'; text: string } | null>(null);

  async function upload(event: FormEvent) {
    event.preventDefault();
    if (!file) return;
    try {
      const imported = await importXml(rolloutId, file, file.name);
      await onImported();
      setMessage({ kind: 'status', text: `Imported${imported.warnings?.length ? `: ${imported.warnings.join('; ')}` : ''}` });
    } catch (failure) {
      setMessage({ kind: 'alert', text: failure instanceof Error ? failure.message : String(failure) });
    }
  }

  return (
    <section className="plan-action" aria-labelledby="files-title">
      <h2 id="files-title">Microsoft Project</h2>
      {hasPlan && (
        <a className="button" href={exportXmlUrl(rolloutId)} download>
          Export MS Project XML
        </a>
      )}
      {!hasPlan && mayImport && (
        <form onSubmit={(e) => void upload(e)}>
          <label>
            MS Project XML file
            <input type="file" accept=".xml,application/xml" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
          </label>
          <button type="submit" disabled={!file}>
            Import plan
          </button>
        </form>
      )}
      {!hasPlan && !mayImport && <p>This site has no plan yet.</p>}
      {hasPlan && mayImport && (
        <p className="note">
          A file is imported only into a site without a plan: planning refuses an import over this plan (replacing a plan
          from a file is not built yet).
        </p>
      )}
      {message && (
        <p role={message.kind} className={message.kind === 'alert' ? 'error' : undefined}>
          {message.text}
        </p>
      )}
    </section>
  );
}
