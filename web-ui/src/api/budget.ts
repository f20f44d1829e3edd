// budget-service as the Budget view reads and changes it. Types come from the OpenAPI snapshot.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ApiError, orNotFound, requestHeaders } from './http';
import type { components } from './generated/budgets';

type Schemas = components['schemas'];
export type Budget = Schemas['BudgetView'];
export type BudgetStatus = NonNullable<Budget['status']>;
export type Line = Schemas['LineView'];
export type Money = Schemas['MoneyView'];
export type RolloutBudgets = Schemas['RolloutBudgetsView'];
export type Spend = Schemas['SpendView'];
export type Position = Schemas['PositionView'];
export type LineForecast = Schemas['LineForecastView'];
export type ChangeRequest = Schemas['ChangeRequestView'];
export type ImportReport = Schemas['ImportReport'];
export type SitePlan = Schemas['SitePlanView'];
export type ImpactFigures = Schemas['ImpactFigures'];
export type ProgramImpact = Schemas['ProgramImpactView'];
export type Category = NonNullable<Line['category']>;
export type Envelope = Schemas['EnvelopeView'];
export type ProgramThresholds = Schemas['ProgramThresholdsView'];
export type BudgetThresholds = Schemas['BudgetThresholdsView'];
export type BudgetRollUp = Schemas['BudgetRollUpView'];
export type RollUpTotals = Schemas['RollUpTotals'];
export type RollUpAmounts = Schemas['RollUpAmounts'];

/** One month of the forecast: planned against actual. */
export type ForecastMonth = Schemas['SpendMonthView'];
export type Forecast = Schemas['ForecastView'];

const get = <T>(path: string) => api<T>(`/budgets${path}`);

export const budgetKeys = {
  rollout: (rolloutId: string) => ['budgets', 'rollout', rolloutId] as const,
  budget: (budgetId: string) => ['budgets', 'budget', budgetId] as const,
};

export function useRolloutBudgets(rolloutId: string) {
  return useQuery({ queryKey: budgetKeys.rollout(rolloutId), queryFn: () => get<RolloutBudgets>(`/rollouts/${rolloutId}`) });
}

/** A budget with its spend, forecast and change requests, read together and refreshed together after an action. */
export function useBudgetDetail(budgetId: string | undefined) {
  return useQuery({
    queryKey: budgetKeys.budget(budgetId ?? ''),
    enabled: Boolean(budgetId),
    queryFn: async () => {
      const [budget, spend, forecast, changes] = await Promise.all([
        get<Budget>(`/budgets/${budgetId}`),
        get<Spend>(`/budgets/${budgetId}/spend`),
        get<Forecast>(`/budgets/${budgetId}/forecast`),
        get<ChangeRequest[]>(`/budgets/${budgetId}/change-requests`),
      ]);
      return { budget, spend, forecast, changes };
    },
  });
}

export function useSitePlan(rolloutId: string) {
  return useQuery({
    queryKey: ['budgets', 'fiscal-impact', rolloutId],
    queryFn: () => orNotFound(get<SitePlan>(`/rollouts/${rolloutId}/fiscal-impact`)),
  });
}

export function useProgramImpact(programId: string | undefined, enabled: boolean) {
  return useQuery({
    queryKey: ['budgets', 'program-impact', programId],
    enabled: enabled && Boolean(programId),
    queryFn: () => get<ProgramImpact>(`/programs/${programId}/fiscal-impact`),
  });
}

/** A budget's spend thresholds: what applies, where it comes from, and which spend has passed. */
export function useBudgetThresholds(budgetId: string | undefined) {
  return useQuery({
    queryKey: ['budgets', 'thresholds', budgetId],
    enabled: Boolean(budgetId),
    queryFn: () => get<BudgetThresholds>(`/budgets/${budgetId}/thresholds`),
  });
}

export function useProgramThresholds(programId: string | undefined, enabled: boolean) {
  return useQuery({
    queryKey: ['budgets', 'program-thresholds', programId],
    enabled: enabled && Boolean(programId),
    queryFn: () => get<ProgramThresholds>(`/programs/${programId}/thresholds`),
  });
}

/** The program's budgets per wave and site, for one fiscal year, with that year's envelope. */
export function useBudgetRollUp(programId: string | undefined, fiscalYear: number | undefined, enabled: boolean) {
  return useQuery({
    queryKey: ['budgets', 'roll-up', programId, fiscalYear],
    enabled: enabled && Boolean(programId) && fiscalYear !== undefined,
    queryFn: () => get<BudgetRollUp>(`/programs/${programId}/budget-roll-up?fiscalYear=${fiscalYear}`),
  });
}

/** Setting thresholds: a budget's own (null: follow its program's again) or its program's; each carries the version read. */
export type ThresholdChange =
  | { scope: 'budget'; budgetId: string; percents: number[] | null; version: number }
  | { scope: 'program'; programId: string; percents: number[]; version?: number | null };

export function thresholdCall(change: ThresholdChange): Promise<unknown> {
  const path =
    change.scope === 'budget' ? `/budgets/budgets/${change.budgetId}/thresholds` : `/budgets/programs/${change.programId}/thresholds`;
  return api(path, { method: 'PUT', body: { percents: change.percents, version: change.version ?? null } });
}

export function useThresholdChange() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: thresholdCall,
    onSuccess: () => client.invalidateQueries({ queryKey: ['budgets'] }),
  });
}

/** The workflow's actions; each carries the version the user read, so a change made meanwhile answers 409. */
export type WorkflowAction =
  | { kind: 'submit'; version: number }
  | { kind: 'approve'; version: number; overrideReason?: string }
  | { kind: 'return'; version: number; reason: string }
  | { kind: 'close'; version: number };

export function workflowCall(budgetId: string, action: WorkflowAction): Promise<Budget> {
  const { kind, ...body } = action;
  return api<Budget>(`/budgets/budgets/${budgetId}/${kind}`, { method: 'POST', body });
}

export interface ChangeDraft {
  lineId?: string;
  category?: Category;
  month: string;
  amount: number;
  justification: string;
  version: number;
}

export interface ChangeDecision {
  requestId: string;
  approve: boolean;
  note?: string;
  overrideReason?: string;
  version: number;
}

/** Sends an ERP export as the service takes it: the file's bytes as text/csv. */
export async function importCsv(budgetId: string, kind: 'actuals' | 'commitments', file: Blob): Promise<ImportReport> {
  const headers = requestHeaders('POST', undefined);
  headers.set('Content-Type', 'text/csv');
  const response = await fetch(`/api/budgets/budgets/${budgetId}/${kind}/import`, {
    method: 'POST',
    credentials: 'same-origin',
    headers,
    body: file,
  });
  if (!response.ok) throw new ApiError(response.status, await response.json().catch(() => null));
  return (await response.json()) as ImportReport;
}

/** Mutations on one budget; each refreshes the budget and its rollout's list when it lands. */
export function useBudgetActions(rolloutId: string, budgetId: string) {
  const client = useQueryClient();
  const refresh = () =>
    Promise.all([
      client.invalidateQueries({ queryKey: budgetKeys.budget(budgetId) }),
      client.invalidateQueries({ queryKey: budgetKeys.rollout(rolloutId) }),
    ]);
  return {
    workflow: useMutation({ mutationFn: (action: WorkflowAction) => workflowCall(budgetId, action), onSuccess: refresh }),
    requestChange: useMutation({
      mutationFn: (draft: ChangeDraft) =>
        api<ChangeRequest>(`/budgets/budgets/${budgetId}/change-requests`, { method: 'POST', body: draft }),
      onSuccess: refresh,
    }),
    decideChange: useMutation({
      mutationFn: ({ requestId, ...body }: ChangeDecision) =>
        api<Budget>(`/budgets/budgets/${budgetId}/change-requests/${requestId}/decision`, { method: 'POST', body }),
      onSuccess: refresh,
    }),
    importErp: useMutation({
      mutationFn: ({ kind, file }: { kind: 'actuals' | 'commitments'; file: Blob }) => importCsv(budgetId, kind, file),
      onSuccess: refresh,
    }),
  };
}

/** What the UI says about a failed action: a 409 means someone changed the budget since it was read. */
export function actionError(error: unknown): string {
  if (error instanceof ApiError && error.status === 409) {
    return `Someone changed this budget since you opened it (409): ${error.message}. Reload it and try again.`;
  }
  if (error instanceof ApiError && error.status === 403) return `Your role may not do this (403): ${error.message}`;
  return error instanceof Error ? error.message : String(error);
}
