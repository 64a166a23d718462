/**
 * CPU profiles of the page's renderer through the DevTools protocol, and a summary of where
 * their time goes (self and total time per function), for `npm run bench -- --profile`.
 */
import type { CDPSession } from 'playwright-core';

export interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}

export interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}

/** The `Profiler.Profile` of the DevTools protocol (the `.cpuprofile` file format). */
export interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

export interface FunctionTime {
  /** `name (file:line)`. */
  name: string;
  url: string;
  selfMs: number;
  totalMs: number;
}

/** Starts sampling the page's JavaScript every `intervalUs` microseconds. */
export async function startProfile(cdp: CDPSession, intervalUs = 100): Promise<void> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: intervalUs });
  await cdp.send('Profiler.start');
}

/** Stops sampling and returns the profile. */
export async function stopProfile(cdp: CDPSession): Promise<CpuProfile> {
  const { profile } = await cdp.send('Profiler.stop');
  return profile as CpuProfile;
}

function frameName(frame: CallFrame): string {
  const file = frame.url.split('/').pop() || frame.url || '(native)';
  return `${frame.functionName || '(anonymous)'} (${file}:${frame.lineNumber + 1})`;
}

/**
 * Self and total (inclusive) time per function. Each sample stands for the interval up to the
 * next one (the last for the time to the profile's end), as DevTools counts it; a function
 * recursing counts once per sample in its total.
 */
export function summarizeProfile(profile: CpuProfile): FunctionTime[] {
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);

  const times = new Map<string, FunctionTime>();
  const entry = (frame: CallFrame): FunctionTime => {
    const name = frameName(frame);
    let time = times.get(name);
    if (!time) times.set(name, (time = { name, url: frame.url, selfMs: 0, totalMs: 0 }));
    return time;
  };
  let timestamp = profile.startTime + (deltas[0] ?? 0);
  for (let i = 0; i < samples.length; i++) {
    const next = i + 1 < samples.length ? timestamp + (deltas[i + 1] ?? 0) : profile.endTime;
    const ms = Math.max(0, next - timestamp) / 1000;
    timestamp = next;
    const leaf = byId.get(samples[i] as number);
    if (!leaf) continue;
    entry(leaf.callFrame).selfMs += ms;
    const seen = new Set<FunctionTime>();
    for (let id: number | undefined = leaf.id; id !== undefined; id = parent.get(id)) {
      const node = byId.get(id);
      if (!node || node.callFrame.functionName === '(root)') continue;
      const time = entry(node.callFrame);
      if (seen.has(time)) continue;
      seen.add(time);
      time.totalMs += ms;
    }
  }
  return [...times.values()];
}

/** The `count` functions with the most self time whose script URL contains `urlPart`. */
export function topFunctions(times: readonly FunctionTime[], urlPart: string, by: 'selfMs' | 'totalMs', count: number): FunctionTime[] {
  return times
    .filter((time) => time.url.includes(urlPart))
    .sort((a, b) => b[by] - a[by])
    .slice(0, count);
}
