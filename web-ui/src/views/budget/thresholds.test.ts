import { describe, expect, it } from 'vitest';
import { parsePercents, percentList } from './thresholds';

describe('thresholds as typed', () => {
  it('reads whole percents separated by commas or spaces, with or without the sign', () => {
    expect(parsePercents('75, 90 100%')).toEqual({ percents: [75, 90, 100] });
    expect(parsePercents(' 110 ')).toEqual({ percents: [110] });
  });

  it('refuses what budget-service refuses: out of order, repeats, fractions, zero, too many', () => {
    expect(parsePercents('100, 90').error).toMatch(/ascending/);
    expect(parsePercents('90, 90').error).toMatch(/ascending/);
    expect(parsePercents('90.5').error).toMatch(/whole percent/);
    expect(parsePercents('0').error).toMatch(/whole percent/);
    expect(parsePercents('1001').error).toMatch(/whole percent/);
    expect(parsePercents('').error).toMatch(/from 1 to 10/);
    expect(parsePercents('1 2 3 4 5 6 7 8 9 10 11').error).toMatch(/from 1 to 10/);
  });

  it('says a list of percents as a sentence', () => {
    expect(percentList([90, 100])).toBe('90 % and 100 %');
    expect(percentList([75, 90, 100])).toBe('75 %, 90 % and 100 %');
    expect(percentList([80])).toBe('80 %');
  });
});
