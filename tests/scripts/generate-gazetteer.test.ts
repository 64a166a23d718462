import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gazetteerFromSnapshot, gazetteerSnapshot, knowledgeFingerprint, type GazetteerSnapshot } from '../../recognition/actors/gazetteer-snapshot';
import { loadKnowledgeBase } from '../../recognition/knowledge/index';
import { GAZETTEER_SNAPSHOT_PATH, writeGazetteerSnapshot } from '../../scripts/generate-gazetteer';

const kb = loadKnowledgeBase();

describe('scripts/generate-gazetteer.ts', () => {
  it('writes the snapshot of the bundled knowledge base, which restores', () => {
    const path = writeGazetteerSnapshot(mkdtempSync(join(tmpdir(), 'contexte-gazetteer-')));
    expect(path.endsWith(GAZETTEER_SNAPSHOT_PATH)).toBe(true);
    const written = JSON.parse(readFileSync(path, 'utf8')) as GazetteerSnapshot;
    expect(written).toEqual(JSON.parse(JSON.stringify(gazetteerSnapshot(kb))));
    expect(gazetteerFromSnapshot(written, kb)).not.toBe(undefined);
  });

  it('left a snapshot that, made from this knowledge base, matches what the code makes of it now', () => {
    // The fingerprint covers the data, not the code that folds names: run the generator
    // (`npx tsx scripts/generate-gazetteer.ts`) after changing how the gazetteer is built.
    expect(existsSync(GAZETTEER_SNAPSHOT_PATH)).toBe(true);
    const generated = JSON.parse(readFileSync(GAZETTEER_SNAPSHOT_PATH, 'utf8')) as GazetteerSnapshot;
    if (generated.fingerprint !== knowledgeFingerprint(kb)) return;
    expect(generated).toEqual(JSON.parse(JSON.stringify(gazetteerSnapshot(kb))));
  });
});
