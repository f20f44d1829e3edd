import { describe, expect, it } from 'vitest';
import { waveChartOption } from './WaveChart';

const sites = [
  {
    rolloutId: 'a', siteName: 'Alpha', daysToGoLive: 30,
    points: [
      { daysToGoLive: 60, readinessScore: 40, percentComplete: 35 },
      { daysToGoLive: 30, readinessScore: 80, percentComplete: 55 },
      { daysToGoLive: 0 },
    ],
  },
  { rolloutId: 'b', siteName: 'Beta', daysToGoLive: 90, points: [{ daysToGoLive: 60, percentComplete: 20 }] },
];

describe('the wave comparison chart', () => {
  it('draws one line per site on the days-to-go-live axis, with gaps where a day has no figure', () => {
    const option = waveChartOption(sites, 'readinessScore');

    expect(option.xAxis).toMatchObject({ type: 'value', name: 'Days to go-live', inverse: true });
    expect(option.yAxis.name).toBe('Readiness score');
    expect(option.yAxis.axisLine).toEqual({ show: true, onZero: false }); // at the left edge, not at GL-0
    expect(option.xAxis).toMatchObject({ min: -30, max: 120 });
    expect(option.series.map((line) => line.name)).toEqual(['Alpha', 'Beta']);
    expect(option.series[0].data).toEqual([[60, 40], [30, 80], [0, null]]);
    expect(option.series[1].data).toEqual([[60, null]]);
  });

  it('charts percent complete when asked', () => {
    const option = waveChartOption(sites, 'percentComplete');

    expect(option.series[0].data).toEqual([[60, 35], [30, 55], [0, null]]);
    expect(option.series[1].data).toEqual([[60, 20]]);
  });
});
