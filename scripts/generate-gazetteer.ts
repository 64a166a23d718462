/**
 * Generates `recognition/knowledge/generated/gazetteer-snapshot.json`: the gazetteer of the
 * bundled knowledge base, which the background restores instead of building it on every start
 * (`recognition/actors/gazetteer-snapshot.ts`). Run after the states are generated (they are part
 * of the base): from `postinstall` and before every `wxt build` / `wxt` (hook in wxt.config.ts).
 * Deterministic, so the file only changes when the base or the gazetteer's code changes.
 *
 *   npx tsx scripts/generate-gazetteer.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gazetteerSnapshot } from '../recognition/actors/gazetteer-snapshot';
import { loadKnowledgeBase } from '../recognition/knowledge/index';

/** Where the generated file goes, relative to the repository root. */
export const GAZETTEER_SNAPSHOT_PATH = 'recognition/knowledge/generated/gazetteer-snapshot.json';

/** Writes the snapshot of the bundled knowledge base's gazetteer; returns its path. */
export function writeGazetteerSnapshot(root = resolve(dirname(fileURLToPath(import.meta.url)), '..')): string {
  const path = resolve(root, GAZETTEER_SNAPSHOT_PATH);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(gazetteerSnapshot(loadKnowledgeBase()))}\n`);
  return path;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(`wrote ${writeGazetteerSnapshot()}`);
}
