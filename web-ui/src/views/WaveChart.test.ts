import { describe, expect, it } from 'vitest';
import { row } from '../test/rows';
import { waveChartOption } from './WaveChart';

describe('the wave comparison chart', () => {
  it('places each site on the days-to-go-live axis with its readiness and percent complete', () => {
    const option = waveChartOption([
      row({ siteName: 'Alpha', daysToGoLive: 30, readiness: 80, percentComplete: 55 }),
      row({ siteName: 'Beta', daysToGoLive: 90, readiness: null, percentComplete: 20 }),
    ]);

    expect(option.xAxis).toMatchObject({ type: 'value', name: 'Days to go-live', inverse: true });
    const [readiness, complete] = option.series;
    expect(readiness.name).toBe('Readiness');
    expect(readiness.data).toEqual([{ value: [30, 80], name: 'Alpha' }]);
    expect(complete.data).toEqual([
      { value: [30, 55], name: 'Alpha' },
      { value: [90, 20], name: 'Beta' },
    ]);
  });
});
