import { describe, expect, it } from 'vitest';
import { growth, median, meets, ratio, spread } from '../../scripts/bench/stats';

describe('median', () => {
  it('takes the middle value of an odd count, whatever the order', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([9, 2, 7, 4, 100])).toBe(7);
  });

  it('averages the two middle values of an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('is not moved by one outlier', () => {
    expect(median([10, 11, 12, 13, 5000])).toBe(12);
  });

  it('is NaN without values and leaves its input alone', () => {
    expect(median([])).toBeNaN();
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe('ratio', () => {
  it('divides by the baseline', () => {
    expect(ratio(30, 3)).toBe(10);
  });

  it('has no value against a zero, negative or missing baseline', () => {
    expect(ratio(5, 0)).toBeNull();
    expect(ratio(5, -1)).toBeNull();
    expect(ratio(5, Number.NaN)).toBeNull();
    expect(ratio(Number.NaN, 2)).toBeNull();
  });
});

describe('meets', () => {
  it('checks an upper bound on the median, inclusive', () => {
    const target = { of: 'median', op: '<=', value: 15 } as const;
    expect(meets(target, { median: 15 })).toBe(true);
    expect(meets(target, { median: 15.01 })).toBe(false);
  });

  it('checks a lower bound on the ratio', () => {
    const target = { of: 'ratio', op: '>=', value: 10 } as const;
    expect(meets(target, { median: 1, ratio: 12 })).toBe(true);
    expect(meets(target, { median: 1000, ratio: 9.9 })).toBe(false);
  });

  it('is null without a target, and when the measured quantity is missing', () => {
    expect(meets(null, { median: 1 })).toBeNull();
    expect(meets({ of: 'ratio', op: '>=', value: 10 }, { median: 1 })).toBeNull();
    expect(meets({ of: 'median', op: '<=', value: 1 }, { median: Number.NaN })).toBeNull();
  });
});

describe('growth', () => {
  it('is 1 for time growing like the size', () => {
    expect(growth({ size: 100, time: 20 }, { size: 1000, time: 200 })).toBe(1);
  });

  it('is 1.2 for 10× the size in 12× the time', () => {
    expect(growth({ size: 100, time: 10 }, { size: 1000, time: 120 })).toBeCloseTo(1.2);
  });

  it('is null when a size or time is zero', () => {
    expect(growth({ size: 0, time: 10 }, { size: 10, time: 10 })).toBeNull();
  });
});

describe('spread', () => {
  it('gives the smallest and largest value', () => {
    expect(spread([4, 9, 1])).toEqual({ min: 1, max: 9 });
  });
});
