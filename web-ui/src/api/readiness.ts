// tracking-service's go-live readiness as the Readiness view reads it: the scorecard with its checkpoints, training
// figures, weekly status reports and their trends. Types from the OpenAPI snapshot.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, orNotFound } from './http';
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
