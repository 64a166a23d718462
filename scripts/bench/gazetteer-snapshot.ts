/**
 * What a woken background waits for before its first page: the actor matcher, built from the
 * knowledge base or restored from the generated snapshot. Each run is a fresh Node process (a
 * cold start, like a service worker Chrome stopped after 30 s idle); modes are interleaved and
 * the medians printed. Also times the fingerprint check alone, and a variant of the snapshot
 * with the automaton's tables in base64 (decoded with `atob`, as a browser would) to compare
 * the two encodings.
 *
 *   npx tsx scripts/bench/gazetteer-snapshot.ts [runs=7]
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { automatonFromTables } from '../../recognition/actors/aho-corasick';
import { assembleGazetteer, buildGazetteer } from '../../recognition/actors/gazetteer';
import { gazetteerFromSnapshot, knowledgeFingerprint, type GazetteerSnapshot } from '../../recognition/actors/gazetteer-snapshot';
import { loadKnowledgeBase } from '../../recognition/knowledge/index';
import { GAZETTEER_SNAPSHOT_PATH } from '../generate-gazetteer';

const MODES = ['build', 'restore', 'restore-base64', 'fingerprint'] as const;
type Mode = (typeof MODES)[number];

function toBase64(values: readonly number[]): string {
  return Buffer.from(Int32Array.from(values).buffer).toString('base64');
}

/** Decodes like a browser without `Uint8Array.fromBase64`: `atob`, then one byte at a time. */
function int32FromBase64(text: string): Int32Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new Int32Array(bytes.buffer);
}

/** One timed operation in this (fresh) process; prints its milliseconds. */
function child(mode: Mode, base64Path: string): void {
  const kb = loadKnowledgeBase();
  const start = performance.now();
  if (mode === 'build') {
    buildGazetteer(kb);
  } else if (mode === 'fingerprint') {
    knowledgeFingerprint(kb);
  } else if (mode === 'restore') {
    const snapshot = JSON.parse(readFileSync(GAZETTEER_SNAPSHOT_PATH, 'utf8')) as GazetteerSnapshot;
    if (gazetteerFromSnapshot(snapshot, kb) === undefined) throw new Error('snapshot refused');
  } else {
    const stored = JSON.parse(readFileSync(base64Path, 'utf8')) as GazetteerSnapshot & { base64: Record<string, string> };
    const restored = gazetteerFromSnapshot({ ...stored, automaton: { ...stored.automaton, nodes: [], rows: [] } }, kb)!;
    const tables = { ...restored.automaton.tables, nodes: int32FromBase64(stored.base64.nodes!), rows: int32FromBase64(stored.base64.rows!) };
    assembleGazetteer(kb, automatonFromTables(tables), restored.patterns, restored.demonyms, restored.longest);
  }
  console.log((performance.now() - start).toFixed(2));
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function main(runs: number): void {
  // The base64 variant holds the two large tables in base64 only (their number arrays emptied).
  const snapshot = JSON.parse(readFileSync(GAZETTEER_SNAPSHOT_PATH, 'utf8')) as GazetteerSnapshot;
  const base64 = { nodes: toBase64(snapshot.automaton.nodes), rows: toBase64(snapshot.automaton.rows) };
  const variant = { ...snapshot, automaton: { ...snapshot.automaton, nodes: [], rows: [] }, base64 };
  const base64Path = join(mkdtempSync(join(tmpdir(), 'contexte-snapshot-')), 'base64.json');
  writeFileSync(base64Path, JSON.stringify(variant));
  console.log(`snapshot ${readFileSync(GAZETTEER_SNAPSHOT_PATH).length} bytes; with nodes and rows in base64 ${readFileSync(base64Path).length} bytes`);

  const times = new Map<Mode, number[]>(MODES.map((m) => [m, []]));
  for (let run = 0; run < runs; run++) {
    for (const mode of MODES) {
      const out = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/bench/gazetteer-snapshot.ts', '--child', mode, base64Path], { encoding: 'utf8' });
      times.get(mode)!.push(Number(out.trim()));
    }
  }
  for (const [mode, values] of times) console.log(`${mode.padEnd(15)} median ${median(values).toFixed(1)} ms  (${values.map((v) => v.toFixed(1)).join(', ')})`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  if (process.argv[2] === '--child') child(process.argv[3] as Mode, process.argv[4]!);
  else main(Number(process.argv[2] ?? 7));
}
