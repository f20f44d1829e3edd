import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api } from '../../api/http';
import type { components } from '../../api/generated/planning';
import { StakeholderPage } from './StakeholderPage';

type Program = components['schemas']['ProgramView'];

/** `/stakeholders`: a program's stakeholders and communications (its sites' too), and a way to each site's page. */
export default function StakeholdersIndex() {
  const programs = useQuery({ queryKey: ['planning', 'programs'], queryFn: () => api<Program[]>('/planning/programs') });
  const [chosen, setChosen] = useState<string>();
  const programId = chosen ?? programs.data?.[0]?.id;
  const program = programs.data?.find((p) => p.id === programId);
  if (programs.isPending) return <p role="status">Loading the programs…</p>;
  if (programs.isError) return <p role="alert">The programs could not be loaded: {programs.error.message}</p>;
  if (!programId) return <><h1>Stakeholders</h1><p>No program yet.</p></>;
  return (
    <StakeholderPage key={programId} scope={{ kind: 'program', id: programId }} title={() => `Stakeholders: ${program?.name ?? 'program'}`}>
      <div className="filters">
        {programs.data.length > 1 && (
          <label>
            Program
            <select value={programId} onChange={(e) => setChosen(e.target.value)}>
              {programs.data.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
            </select>
          </label>
        )}
      </div>
      <SiteLinks programId={programId} />
    </StakeholderPage>
  );
}

function SiteLinks({ programId }: { programId: string }) {
  const rollouts = useQuery({
    queryKey: ['stakeholders', 'rollouts', 'program', programId],
    queryFn: () => api<components['schemas']['RolloutView'][]>(`/planning/programs/${encodeURIComponent(programId)}/rollouts`),
  });
  if (!rollouts.data?.length) return null;
  return (
    <details className="panel">
      <summary>A site's stakeholders ({rollouts.data.length} sites): raise conflicts there</summary>
      <ul className="site-list">
        {[...rollouts.data].sort((a, b) => (a.siteName ?? '').localeCompare(b.siteName ?? '')).map((r) => (
          <li key={r.id}><Link to={`/rollouts/${r.id}/stakeholders`}>{r.siteName}</Link></li>
        ))}
      </ul>
    </details>
  );
}
