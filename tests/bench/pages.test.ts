import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { articleParts, repeatedArticle, visibleText, webAppPage } from '../../scripts/bench/pages';
import { parseHtml } from '../../scripts/lib/parse-html';
import { detectArticle } from '../../page/detect-article';
import { buildTextMap } from '../../page/text-map';
import { findArticleRoot } from '../../page/article-root';

const demo = readFileSync('tests/fixtures/articles/demo-en.html', 'utf8');

describe('webAppPage', () => {
  it('holds about the asked number of controls and little prose, and is not an article', () => {
    const { document, close } = parseHtml(webAppPage(3000), 'http://127.0.0.1/generated/webapp.html');
    const controls = document.querySelectorAll('button, input, select, textarea').length;
    expect(controls).toBeGreaterThanOrEqual(3000);
    expect(controls).toBeLessThan(3100);
    expect(document.querySelectorAll('table').length).toBeGreaterThan(1);
    expect(document.getElementsByTagName('p').length).toBeLessThan(5);
    expect(detectArticle(document)).toMatchObject({ isArticle: false, reason: expect.stringMatching(/^web app/) });
    void close();
  });
});

describe('articleParts', () => {
  it('takes the head, the headline and the body paragraphs, not the page chrome', () => {
    const parts = articleParts(demo);
    expect(parts.head).toContain('application/ld+json');
    expect(parts.head).toContain('article:published_time');
    expect(parts.header).toContain('Houthis vow to keep up Red Sea attacks');
    expect(parts.paragraphs[0]).toMatch(/^<p>Yemen’s Houthi movement/);
    expect(parts.paragraphs.some((p) => p.includes('Most viewed') || p.includes('All rights reserved'))).toBe(false);
  });

  it('refuses a page without an article', () => {
    expect(() => articleParts('<html><head></head><body><p>Hi</p></body></html>')).toThrow(/no <article>/);
  });
});

describe('repeatedArticle', () => {
  it('repeats the paragraphs until the asked length of text, keeping the metadata', () => {
    const page = repeatedArticle(demo, 100_000);
    expect(page.chars).toBeGreaterThanOrEqual(100_000);
    expect(page.chars).toBeLessThan(101_000);
    const { document, close } = parseHtml(page.html, 'http://127.0.0.1/generated/article-100kb.html');
    expect(detectArticle(document).isArticle).toBe(true);
    expect(document.documentElement.lang).toBe('en-GB');
    const text = buildTextMap(findArticleRoot(document)).text;
    // What the extension will read is the text that was asked for, give or take the headline.
    expect(Math.abs(text.length - 100_000)).toBeLessThan(1_500);
    void close();
  });

  it('keeps the paragraphs in their order', () => {
    const parts = articleParts(demo);
    const page = repeatedArticle(demo, 50_000);
    const first = visibleText(parts.paragraphs[0]!);
    const second = visibleText(parts.paragraphs[1]!);
    expect(visibleText(page.html).indexOf(second)).toBeGreaterThan(visibleText(page.html).indexOf(first));
    expect(page.paragraphs).toBeGreaterThan(parts.paragraphs.length);
  });
});

describe('visibleText', () => {
  it('drops tags and collapses whitespace', () => {
    expect(visibleText('<p>One <em>two</em>\n   three&amp;</p>')).toBe('One two three');
  });
});
