import { describe, expect, it } from 'vitest';
import { summarizeProfile, topFunctions, type CpuProfile } from '../../scripts/bench/profile';

const frame = (functionName: string, url = 'chrome-extension://id/content-scripts/annotator.js', lineNumber = 0) => ({
  functionName,
  url,
  lineNumber,
  columnNumber: 0,
});

// root → run → recognize → buildGazetteer; run → highlight; plus a page script.
const profile: CpuProfile = {
  nodes: [
    { id: 1, callFrame: frame('(root)', ''), children: [2, 6] },
    { id: 2, callFrame: frame('run', undefined, 9), children: [3, 5] },
    { id: 3, callFrame: frame('recognize', undefined, 19), children: [4] },
    { id: 4, callFrame: frame('buildGazetteer', undefined, 29) },
    { id: 5, callFrame: frame('highlight', undefined, 39) },
    { id: 6, callFrame: frame('pageScript', 'http://127.0.0.1/app.js', 4) },
  ],
  startTime: 0,
  // Samples at 0, 1000, 2000, 3000, 4000 µs; the profile ends at 5000 µs.
  samples: [4, 4, 3, 5, 6],
  timeDeltas: [0, 1000, 1000, 1000, 1000],
  endTime: 5000,
};

describe('summarizeProfile', () => {
  const times = summarizeProfile(profile);
  const find = (name: string) => times.find((time) => time.name.startsWith(`${name} `));

  it('gives each function the intervals sampled in it (self) and under it (total)', () => {
    expect(find('buildGazetteer')).toMatchObject({ selfMs: 2, totalMs: 2 });
    expect(find('recognize')).toMatchObject({ selfMs: 1, totalMs: 3 });
    expect(find('run')).toMatchObject({ selfMs: 0, totalMs: 4 });
    expect(find('highlight')).toMatchObject({ selfMs: 1, totalMs: 1 });
  });

  it('names functions with their file and 1-based line', () => {
    expect(find('recognize')?.name).toBe('recognize (annotator.js:20)');
  });

  it('leaves the root out', () => {
    expect(find('(root)')).toBeUndefined();
  });
});

describe('topFunctions', () => {
  it('keeps the scripts asked for, sorted by the chosen time', () => {
    const times = summarizeProfile(profile);
    expect(topFunctions(times, 'chrome-extension://', 'totalMs', 2).map((time) => time.name)).toEqual([
      'run (annotator.js:10)',
      'recognize (annotator.js:20)',
    ]);
    expect(topFunctions(times, 'app.js', 'selfMs', 5).map((time) => time.selfMs)).toEqual([1]);
  });
});
