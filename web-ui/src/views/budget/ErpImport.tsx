import { useState, type FormEvent } from 'react';
import { actionError, type ImportReport } from '../../api/budget';

interface Props {
  onImport: (input: { kind: 'actuals' | 'commitments'; file: Blob }) => void;
  pending: boolean;
  error: unknown;
  report: ImportReport | undefined;
}

/** An ERP export (CSV) of actuals or commitments: good rows are booked together, bad ones listed by line and column. */
export function ErpImport({ onImport, pending, error, report }: Props) {
  const [kind, setKind] = useState<'actuals' | 'commitments'>('actuals');
  const [file, setFile] = useState<File | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (file) onImport({ kind, file });
  };
  return (
    <section aria-labelledby="erp-title" className="panel">
      <h2 id="erp-title">ERP import</h2>
      <p className="hint">
        Columns transaction_id, date, category, amount, currency, description, vendor and optional reference (line_id where
        a category has several lines). A file imported twice books nothing the second time.
      </p>
      <form className="filters" onSubmit={submit}>
        <label>
          Kind
          <select value={kind} onChange={(e) => setKind(e.target.value as 'actuals' | 'commitments')}>
            <option value="actuals">Actual costs</option>
            <option value="commitments">Commitments (purchase orders)</option>
          </select>
        </label>
        <label>
          CSV file
          <input type="file" accept=".csv,text/csv" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
        </label>
        <button type="submit" disabled={pending || !file}>
          Import
        </button>
      </form>
      {error != null && (
        <p role="alert" className="problem">
          {actionError(error)}
        </p>
      )}
      {report && <ImportResult report={report} />}
    </section>
  );
}

export function ImportResult({ report }: { report: ImportReport }) {
  const rejected = report.rejected ?? [];
  return (
    <div role="status" className="import-report">
      <p>
        {report.rowsRead} rows read: {report.recorded} booked, {report.alreadyRecorded} already booked, {rejected.length}{' '}
        rejected{report.thresholdsCrossed ? `, ${report.thresholdsCrossed} threshold(s) crossed` : ''}.
      </p>
      {rejected.length > 0 && (
        <div className="table-scroll" tabIndex={0} role="region" aria-label="Rejected ERP rows">
          <table>
            <caption>Rejected rows</caption>
            <thead>
              <tr>
                <th scope="col">Line</th>
                <th scope="col">Column</th>
                <th scope="col">Why</th>
              </tr>
            </thead>
            <tbody>
              {rejected.map((row, i) => (
                <tr key={`${row.line}-${row.column}-${i}`}>
                  <td className="num">{row.line}</td>
                  <td>{row.column}</td>
                  <td className="wrap">{row.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
