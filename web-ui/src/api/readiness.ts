// tracking-service's go-live readiness as the Readiness view reads it: the scorecard with its checkpoints, training
// figures, weekly status reports and their trends. Types from the OpenAPI snapshot.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, orNotFound, sendCsv } from './http';
import type { Rollout } from './planning';
import type { components } from './generated/tracking';

type Schemas = components['schemas'];
export type Scorecard = Schemas['ScorecardView'];
export type Checkpoint = Schemas['CheckpointView'];
export type Criterion = Schemas['CriterionView'];
export type Training = Schemas['TrainingView'];
/** One published week of a rollout's trends. */
export type TrendPoint = Schemas['TrendPoint'];
export type Trends = Schemas['Trends'];
export type ReportPage = Schemas['Page'];
export type AssessmentForm = Schemas['AssessmentForm'];
export type GroupForm = Schemas['GroupForm'];
export type TrainingImportReport = Schemas['TrainingImportReport'];
export type VoteChoice = NonNullable<Schemas['VoteForm']['vote']>;

export function useReadiness(rolloutId: string) {
  return useQuery({
    queryKey: ['readiness', rolloutId],
    queryFn: async () => {
      const [scorecard, training, trends, reports] = await Promise.all([
        orNotFound(api<Scorecard>(`/tracking/readiness/rollouts/${rolloutId}`)),
        orNotFound(api<Training>(`/tracking/training/rollouts/${rolloutId}`)),
        api<Trends>(`/tracking/rollouts/${rolloutId}/trends`),
        api<ReportPage>(`/tracking/rollouts/${rolloutId}/status-reports?size=20`),
      ]);
      return { scorecard, training, trends, reports };
    },
  });
}

/** A panel member's own vote at a checkpoint (a later vote replaces theirs). */
export function useVote(rolloutId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ checkpoint, vote, comment }: { checkpoint: string; vote: VoteChoice; comment?: string }) =>
      api<Checkpoint>(`/tracking/readiness/rollouts/${rolloutId}/checkpoints/${encodeURIComponent(checkpoint)}/votes`, {
        method: 'POST',
        body: { vote, comment },
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['readiness', rolloutId] }),
  });
}

/** The site's project manager (planning's rollout): who besides the PMO may assess and enter training figures. */
export function useRolloutManager(rolloutId: string) {
  return useQuery({
    queryKey: ['readiness', rolloutId, 'rollout'],
    queryFn: () => api<Rollout>(`/planning/rollouts/${encodeURIComponent(rolloutId)}`),
    select: (rollout) => rollout.projectManager,
  });
}

/** Assessing a criterion, a role group's training figures and a learning-system import; each reloads the readiness. */
export function useReadinessChanges(rolloutId: string) {
  const client = useQueryClient();
  const refresh = () => client.invalidateQueries({ queryKey: ['readiness', rolloutId] });
  const site = `/tracking/readiness/rollouts/${encodeURIComponent(rolloutId)}`;
  const training = `/tracking/training/rollouts/${encodeURIComponent(rolloutId)}`;
  return {
    assess: useMutation({
      mutationFn: ({ criterionId, form }: { criterionId: string; form: AssessmentForm }) =>
        api<Scorecard>(`${site}/criteria/${encodeURIComponent(criterionId)}/assessment`, { method: 'PUT', body: form }),
      onSuccess: refresh,
    }),
    group: useMutation({
      mutationFn: ({ roleGroup, form }: { roleGroup: string; form: GroupForm }) =>
        api<Training>(`${training}/role-groups/${encodeURIComponent(roleGroup)}`, { method: 'PUT', body: form }),
      onSuccess: refresh,
    }),
    importFile: useMutation({
      mutationFn: (file: Blob) => sendCsv<TrainingImportReport>(`${training}/import`, file),
      onSuccess: refresh,
    }),
  };
}
