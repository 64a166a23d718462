import { describe, expect, it } from 'vitest';
import { buildOffsets, rowAt, uniformOffsets, visibleRange } from '../../../components/notes/window-range';

describe('window range', () => {
  const offsets = buildOffsets(5, (index) => [100, 50, 200, 100, 100][index]!);

  it('places rows one after the other', () => {
    expect([...offsets]).toEqual([0, 100, 150, 350, 450, 550]);
  });

  it('places rows of one height as buildOffsets would', () => {
    expect([...uniformOffsets(4, 90)]).toEqual([...buildOffsets(4, () => 90)]);
    expect([...uniformOffsets(0, 90)]).toEqual([0]);
    expect(uniformOffsets(10_000, 96)[10_000]).toBe(960_000);
  });

  it('finds the row under a position, clamped to the rows', () => {
    expect(rowAt(offsets, 0)).toBe(0);
    expect(rowAt(offsets, 99)).toBe(0);
    expect(rowAt(offsets, 100)).toBe(1);
    expect(rowAt(offsets, 349)).toBe(2);
    expect(rowAt(offsets, 10_000)).toBe(4);
    expect(rowAt(buildOffsets(0, () => 10), 50)).toBe(0);
  });

  it('widens the rows in view by the overscan, within bounds', () => {
    expect(visibleRange(offsets, 120, 100, 0)).toEqual({ start: 1, end: 3 });
    expect(visibleRange(offsets, 120, 100, 1)).toEqual({ start: 0, end: 4 });
    expect(visibleRange(offsets, 500, 400, 3)).toEqual({ start: 1, end: 5 });
    expect(visibleRange(buildOffsets(0, () => 10), 0, 500, 3)).toEqual({ start: 0, end: 0 });
  });

  it('finds the exact row among ten thousand of different heights', () => {
    const many = buildOffsets(10_000, (index) => 80 + (index % 7) * 10);
    expect(visibleRange(many, many[5000]!, 1, 0)).toEqual({ start: 5000, end: 5001 });
    expect(visibleRange(many, many[5000]! - 1, 2, 0)).toEqual({ start: 4999, end: 5001 });
  });
});
