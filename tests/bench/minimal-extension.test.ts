import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDeliveryFloor, writeDeliveryFloorExtension } from '../../scripts/bench/minimal-extension';

describe('delivery floor extension', () => {
  const dir = mkdtempSync(join(tmpdir(), 'delivery-floor-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('injects its reader from the background, as Contexte injects its annotator', () => {
    writeDeliveryFloorExtension(dir);
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    expect(manifest.permissions).toEqual(['scripting']);
    expect(manifest.content_scripts[0].js).toEqual(['content.js']);
    expect(readFileSync(join(dir, 'background.js'), 'utf8')).toContain("files: ['reader.js']");
    // The reader logs the line the benchmark waits for.
    const reader = readFileSync(join(dir, 'reader.js'), 'utf8');
    expect(reader).toContain("console.log('contexte-delivery-floor '");
  });

  it('reads the timings the injected script logs, and nothing else', () => {
    expect(parseDeliveryFloor('contexte-delivery-floor {"totalMs":24.5,"injectMs":11}')).toEqual({ totalMs: 24.5, injectMs: 11 });
    expect(parseDeliveryFloor('some page log')).toBeNull();
    expect(parseDeliveryFloor('contexte-delivery-floor {"totalMs":"soon"}')).toBeNull();
  });
});
