// stakeholder-service as the Stakeholders view reads and changes it: the register and its power/interest grid, the
// communication plan, sent communications with their acknowledgement rates, and the conflict log. Types from the
// OpenAPI snapshot.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, orNotFound } from './http';
import type { components } from './generated/stakeholders';

type Schemas = components['schemas'];
export type Stakeholder = Schemas['StakeholderView'];
export type StakeholderList = Schemas['StakeholderList'];
export type Grid = Schemas['StakeholderGrid'];
export type CommunicationPlan = Schemas['PlanView'];
export type PlanEntry = Schemas['EntryView'];
export type Communication = Schemas['CommunicationView'];
export type CommunicationList = Schemas['CommunicationList'];
export type Rates = Schemas['Rates'];
export type Rate = Schemas['AcknowledgementRate'];
export type Conflict = Schemas['ConflictView'];
export type ConflictList = Schemas['ConflictList'];
export type RaiseForm = Schemas['RaiseForm'];
/** A registration leaves `version` out; a revision carries the one read. */
export type StakeholderForm = Omit<Schemas['StakeholderForm'], 'version'> & { version?: number };
export type EntryForm = Schemas['EntryForm'];
export type CommunicationForm = Schemas['CommunicationForm'];
export type Quadrant = 'MANAGE_CLOSELY' | 'KEEP_SATISFIED' | 'KEEP_INFORMED' | 'MONITOR';
export type RoleGroup = NonNullable<Stakeholder['roleGroup']>;
export type Engagement = NonNullable<Stakeholder['currentEngagement']>;
export type ConflictStatus = NonNullable<Conflict['status']>;
export type ConflictKind = RaiseForm['kind'];
export type Severity = RaiseForm['severity'];
export type DecisionMakerRole = RaiseForm['decisionMakerRole'];

/** What the view is about: one site (rollout) or a whole program (its rollouts' stakeholders too). */
export type Scope = { kind: 'rollout'; id: string } | { kind: 'program'; id: string };

export const scopeQuery = (scope: Scope) =>
  `${scope.kind === 'rollout' ? 'rolloutId' : 'programId'}=${encodeURIComponent(scope.id)}`;

/** The register's question to the server: it filters, sorts and pages (RegisterParameters). */
export interface RegisterQuestion {
  quadrant?: Quadrant;
  roleGroup?: RoleGroup;
  minGap?: number;
  sort: 'name,asc' | 'name,desc' | 'engagementGap,desc' | 'engagementGap,asc';
  page: number;
  size: number;
}

export function registerPath(scope: Scope, question: RegisterQuestion, base = ''): string {
  const parameters = new URLSearchParams();
  if (question.quadrant) parameters.set('quadrant', question.quadrant);
  if (question.roleGroup) parameters.set('roleGroup', question.roleGroup);
  if (question.minGap) parameters.set('minGap', String(question.minGap));
  parameters.set('sort', question.sort);
  parameters.set('page', String(question.page));
  parameters.set('size', String(question.size));
  return `/stakeholders${base}?${scopeQuery(scope)}&${parameters}`;
}

const keys = {
  all: (scope: Scope) => ['stakeholders', scope.kind, scope.id] as const,
  conflicts: (scope: Scope) => ['stakeholders', scope.kind, scope.id, 'conflicts'] as const,
};

export function useRegister(scope: Scope, question: RegisterQuestion) {
  return useQuery({
    queryKey: [...keys.all(scope), 'register', question],
    queryFn: () => api<StakeholderList>(registerPath(scope, question)),
    placeholderData: keepPreviousData,
  });
}

/** Every stakeholder of the scope on the grid (the service's largest page), with its quadrant counts. */
export function useGrid(scope: Scope) {
  return useQuery({
    queryKey: [...keys.all(scope), 'grid'],
    queryFn: () => api<Grid>(`/stakeholders/grid?${scopeQuery(scope)}&size=500`),
  });
}

/** Who still has levels of engagement to climb, the largest gap first. */
export function useEngagementGaps(scope: Scope) {
  return useQuery({
    queryKey: [...keys.all(scope), 'gaps'],
    queryFn: () => api<StakeholderList>(`/stakeholders?${scopeQuery(scope)}&minGap=1&sort=engagementGap,desc&size=20`),
  });
}

/** The communication plan, the latest communications and the acknowledgement rates, read together. */
export function useCommunications(scope: Scope, page: number) {
  return useQuery({
    queryKey: [...keys.all(scope), 'communications', page],
    placeholderData: keepPreviousData,
    queryFn: async () => {
      const [plan, sent, rates] = await Promise.all([
        orNotFound(api<CommunicationPlan>(`/stakeholders/communication-plans?${scopeQuery(scope)}`)),
        api<CommunicationList>(`/stakeholders/communications?${scopeQuery(scope)}&page=${page}&size=10`),
        api<Rates>(`/stakeholders/communications/acknowledgement-rates?${scopeQuery(scope)}`),
      ]);
      return { plan, sent, rates };
    },
  });
}

export function useConflicts(scope: Scope, status: ConflictStatus | '', page: number) {
  return useQuery({
    queryKey: [...keys.conflicts(scope), status, page],
    placeholderData: keepPreviousData,
    queryFn: () =>
      api<ConflictList>(
        `/stakeholders/conflicts?${scopeQuery(scope)}${status ? `&status=${status}` : ''}&sort=dueDate&page=${page}&size=10`,
      ),
  });
}

/** A change to the conflict log; each carries the version read, so a change made meanwhile answers 409. */
export type ConflictAction =
  | { kind: 'escalation'; id: string; version: number }
  | { kind: 'mediation'; id: string; version: number }
  | { kind: 'resolution'; id: string; version: number; decision: string; decidedBy?: string };

export function conflictCall(action: ConflictAction): Promise<Conflict> {
  const { kind, id, ...body } = action;
  return api<Conflict>(`/stakeholders/conflicts/${encodeURIComponent(id)}/${kind}`, { method: 'POST', body });
}

export function useConflictActions(scope: Scope) {
  const client = useQueryClient();
  const refresh = () => client.invalidateQueries({ queryKey: keys.conflicts(scope) });
  return {
    raise: useMutation({
      mutationFn: (form: RaiseForm) => api<Conflict>('/stakeholders/conflicts', { method: 'POST', body: form }),
      onSuccess: refresh,
    }),
    act: useMutation({ mutationFn: conflictCall, onSuccess: refresh }),
  };
}

/** Registers a stakeholder, or revises one with the version read (a change made meanwhile answers 409). */
export function saveStakeholder(form: StakeholderForm, id?: string): Promise<Stakeholder> {
  return id
    ? api<Stakeholder>(`/stakeholders/${encodeURIComponent(id)}`, { method: 'PUT', body: form })
    : api<Stakeholder>('/stakeholders', { method: 'POST', body: form });
}

/** Adds an entry to the scope's communication plan (created on first use; an existing one with its version). */
export function addPlanEntry(scope: Scope, entry: EntryForm, version?: number): Promise<CommunicationPlan> {
  const owner = scope.kind === 'rollout' ? { rolloutId: scope.id } : { programId: scope.id };
  return api<CommunicationPlan>('/stakeholders/communication-plans', { method: 'POST', body: { ...owner, version, entries: [entry] } });
}

/** Revises one entry of a communication plan, sent whole with the plan's version read (a change meanwhile answers 409). */
export function revisePlanEntry(planId: string, entryId: string, entry: EntryForm, version: number): Promise<CommunicationPlan> {
  return api<CommunicationPlan>(`/stakeholders/communication-plans/${encodeURIComponent(planId)}/entries/${encodeURIComponent(entryId)}`,
    { method: 'PUT', body: { version, entry } satisfies Schemas['EntryRevisionForm'] });
}

/** The register's and the communications' changes; each success reloads what the scope shows. */
export function useStakeholderChanges(scope: Scope) {
  const client = useQueryClient();
  const refresh = () => client.invalidateQueries({ queryKey: keys.all(scope) });
  return {
    save: useMutation({ mutationFn: ({ form, id }: { form: StakeholderForm; id?: string }) => saveStakeholder(form, id), onSuccess: refresh }),
    addEntry: useMutation({ mutationFn: ({ entry, version }: { entry: EntryForm; version?: number }) => addPlanEntry(scope, entry, version), onSuccess: refresh }),
    reviseEntry: useMutation({
      mutationFn: ({ planId, entryId, entry, version }: { planId: string; entryId: string; entry: EntryForm; version: number }) =>
        revisePlanEntry(planId, entryId, entry, version),
      onSuccess: refresh,
    }),
    send: useMutation({
      mutationFn: (form: CommunicationForm) => api<Communication>('/stakeholders/communications', { method: 'POST', body: form }),
      onSuccess: refresh,
    }),
  };
}
