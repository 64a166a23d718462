import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PageAnnotations } from '../../recognition/types';

function annotate(...args: string[]): PageAnnotations {
  const out = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/annotate.ts', ...args, '--json'], { encoding: 'utf8' });
  return JSON.parse(out) as PageAnnotations;
}

describe('npm run annotate', () => {
  it('reads a saved article page without a --url as an article, wherever it was saved', () => {
    const saved = join(mkdtempSync(join(tmpdir(), 'contexte-annotate-')), 'saved.html');
    copyFileSync('tests/fixtures/articles/demo-en.html', saved);
    const annotations = annotate(saved);
    expect(annotations.isArticle).toBe(true);
    expect(annotations.actors.length).toBeGreaterThan(5);
  }, 60_000);

  it('still leaves a saved section front alone', () => {
    expect(annotate('tests/fixtures/pages/section-front.html').isArticle).toBe(false);
  }, 60_000);
});
