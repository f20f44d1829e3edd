import type { ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/http';
import type { Rollout } from '../../api/planning';
import { useUser } from '../../api/session';
import type { Scope } from '../../api/stakeholders';
import { Communications } from './Communications';
import { ConflictLog } from './ConflictLog';
import { PowerInterest } from './PowerInterest';
import { Register } from './Register';
import { conflictRights, registerRights } from './stakeholders';
import '../sites/pages.css';
import './stakeholders.css';

/** The rollouts of the scope with their project managers: who may change which site's conflicts. */
function useRollouts(scope: Scope) {
  return useQuery({
    queryKey: ['stakeholders', 'rollouts', scope.kind, scope.id],
    queryFn: async () =>
      scope.kind === 'rollout'
        ? [await api<Rollout>(`/planning/rollouts/${encodeURIComponent(scope.id)}`)]
        : api<Rollout[]>(`/planning/programs/${encodeURIComponent(scope.id)}/rollouts`),
  });
}

/** The stakeholder panels of a site or a program: grid and gaps, register, communications, conflict log. */
export function StakeholderPage({ scope, title, children }: { scope: Scope; title: (rollouts: Rollout[]) => string; children?: ReactNode }) {
  const user = useUser().data;
  const rollouts = useRollouts(scope);
  const managers = new Map((rollouts.data ?? []).map((r) => [r.id ?? '', r.projectManager]));
  const rights = conflictRights(user?.roles ?? [], user?.username ?? '', (id) => managers.get(id),
    scope.kind === 'rollout' ? scope.id : undefined);
  const changes = registerRights(user?.roles ?? [], user?.username ?? '', rollouts.data ?? [], scope);
  const siteNames = new Map((rollouts.data ?? []).map((r) => [r.id ?? '', r.siteName ?? r.id ?? '']));
  return (
    <section aria-labelledby="stakeholders-title">
      <h1 id="stakeholders-title">{title(rollouts.data ?? [])}</h1>
      {children}
      <PowerInterest scope={scope} />
      <Register scope={scope} rights={changes} siteNames={siteNames} />
      <Communications scope={scope} mayChange={changes.communicate} username={user?.username ?? ''} />
      <ConflictLog scope={scope} rights={rights} username={user?.username ?? ''} />
    </section>
  );
}
