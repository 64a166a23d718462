/**
 * `npm run annotate -- page.html [--url URL] [--json]` prints what Contexte finds on a saved
 * page (same pipeline as the extension); a `.txt` file is read as the article text itself:
 * `npm run annotate -- article.txt --published 2023-12-11`.
 */
import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { parseArgs } from 'node:util';
import type { PageAnnotations, SupportedLang } from '../recognition/types';
import { recognize } from '../recognition/pipeline';
import { detectLanguage } from '../recognition/lang';
import { annotateDocument } from '../page/annotate-document';
import { parseHtml } from './lib/parse-html';
import { formatAnnotations } from './lib/format-annotations';

const usage = `Usage: npm run annotate -- <page.html | article.txt> [--url URL] [--published YYYY-MM-DD] [--lang fr|en] [--ui fr|en] [--json]`;

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      url: { type: 'string' },
      published: { type: 'string' },
      lang: { type: 'string' },
      ui: { type: 'string', default: 'en' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const file = positionals[0];
  if (values.help || !file) {
    console.log(usage);
    return file || values.help ? 0 : 2;
  }
  if (values.published && !/^\d{4}-\d{2}-\d{2}/.test(values.published)) {
    console.error(`--published must look like 2023-12-11, got "${values.published}".`);
    return 2;
  }
  let content: string;
  try {
    content = readFileSync(file, 'utf8');
  } catch (error) {
    console.error(`Cannot read ${file}: ${(error as Error).message}`);
    return 1;
  }
  const uiLang: SupportedLang = values.ui === 'fr' ? 'fr' : 'en';
  const url = values.url ?? `file://${file}`;
  const annotations = extname(file).toLowerCase() === '.txt'
    ? annotateText(content, url, values.published ?? null, values.lang ?? null, uiLang)
    : await annotateHtml(content, url, values.published ?? null, uiLang);
  console.log(values.json ? JSON.stringify(annotations, null, 2) : formatAnnotations(annotations));
  return 0;
}

function annotateText(text: string, url: string, published: string | null, declaredLang: string | null, uiLang: SupportedLang): PageAnnotations {
  const lang = detectLanguage(text, declaredLang);
  const reference = published ? new Date(`${published.slice(0, 10)}T12:00:00Z`) : todayAtNoon();
  const found = recognize(text, { lang, referenceDate: reference, uiLang });
  return {
    url,
    isArticle: true,
    lang,
    title: text.trim().split('\n')[0] ?? null,
    publishedAt: published,
    referenceIsToday: !published,
    actors: found.actors,
    dates: found.dates,
  };
}

async function annotateHtml(html: string, url: string, published: string | null, uiLang: SupportedLang): Promise<PageAnnotations> {
  // A saved page has no web address: give it one with its own file name, so the detector's
  // address checks see a page path (`/` alone would read as a site's home page, never an article).
  const page = parseHtml(html, url.startsWith('file:') ? `http://localhost/${encodeURIComponent(basename(url))}` : url);
  try {
    const { annotations } = annotateDocument(page.document, { url, uiLang, today: published ? new Date(`${published}T12:00:00Z`) : new Date() });
    return annotations;
  } finally {
    await page.close();
  }
}

function todayAtNoon(): Date {
  const now = new Date();
  return new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate(), 12));
}

process.exitCode = await main();
