// A wave's sites at the same T-minus days (tracking's `GET /waves/{waveId}/comparison`): what no PPM tool shows,
// each site's readiness and percent complete when it was 90, 60, 30 days from its own go-live.
import { useQuery } from '@tanstack/react-query';
import { api } from './http';
import type { components as Tracking } from './generated/tracking';

export type WaveComparison = Tracking['schemas']['WaveComparison'];
export type SiteSeries = Tracking['schemas']['SiteSeries'];

/** GL-120 to GL+30, a point every 5 days: the stretch where readiness is won or lost. */
export const AXIS = { from: 120, to: -30, step: 5 };

export function useWaveComparison(waveId: string) {
  return useQuery({
    queryKey: ['wave comparison', waveId],
    queryFn: () =>
      api<WaveComparison>(
        `/tracking/waves/${encodeURIComponent(waveId)}/comparison?from=${AXIS.from}&to=${AXIS.to}&step=${AXIS.step}`,
      ),
    enabled: waveId !== '',
  });
}
