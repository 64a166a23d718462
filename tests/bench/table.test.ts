import { describe, expect, it } from 'vitest';
import { formatTable, formatTarget } from '../../scripts/bench/table';
import { makeFigure } from '../../scripts/bench/results';

describe('formatTarget', () => {
  it('writes bounds on the median with the unit, and bounds on the ratio as such', () => {
    expect(formatTarget({ of: 'median', op: '<=', value: 15 }, 'ms')).toBe('≤ 15 ms');
    expect(formatTarget({ of: 'ratio', op: '>=', value: 10 }, 'ms')).toBe('ratio ≥ 10');
    expect(formatTarget(null, 'ms')).toBe('—');
  });
});

describe('formatTable', () => {
  it('shows one line per figure with its verdict', () => {
    const table = formatTable([
      makeFigure({ id: 'a', label: 'fast', values: [1, 2, 3], unit: 'ms', target: { of: 'median', op: '<=', value: 5 } }),
      makeFigure({ id: 'b', label: 'slow', values: [9], unit: 'ms', target: { of: 'median', op: '<=', value: 5 } }),
      makeFigure({ id: 'c', label: 'info', values: [4], unit: 'KB', baseline: { name: 'base', values: [2] } }),
    ]);
    const lines = table.split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[1]).toMatch(/^fast\s+2\s+ms\s+3\s+≤ 5 ms\s+—\s+—\s+met$/);
    expect(lines[2]).toMatch(/MISSED$/);
    expect(lines[3]).toMatch(/^info\s+4\s+KB\s+1\s+—\s+2 \(base\)\s+2×$/);
  });
});
