/**
 * Pages the benchmark generates: a large web-app-like page (thousands of controls, tables,
 * little prose) and an article repeated to a given length of text. Plain string work, so the
 * tests can check what the pages hold without a browser.
 */

/** One row of the generated web app: five controls and a few short cells. */
function appRow(index: number): string {
  const id = String(index + 1).padStart(5, '0');
  const status = ['Open', 'Packed', 'Shipped', 'Held'][index % 4];
  return (
    `<tr><td>ORD-${id}</td><td>Item ${(index * 37) % 997}</td><td>${status}</td>` +
    `<td><input type="number" value="${(index % 9) + 1}" aria-label="Quantity"></td>` +
    '<td><select aria-label="Status"><option>Open</option><option>Packed</option><option>Shipped</option><option>Held</option></select></td>' +
    '<td><input type="checkbox" aria-label="Select"></td>' +
    '<td><button type="button">Edit</button></td><td><button type="button">Delete</button></td></tr>'
  );
}

/** Controls in each generated row (inputs, selects, buttons). */
export const CONTROLS_PER_ROW = 5;

/**
 * A web-app-like page with about `controls` form controls in tables, a toolbar and a side
 * navigation, and two short sentences of prose.
 */
export function webAppPage(controls = 3000): string {
  const rows = Math.ceil(controls / CONTROLS_PER_ROW);
  const tables: string[] = [];
  for (let start = 0; start < rows; start += 100) {
    const body = Array.from({ length: Math.min(100, rows - start) }, (_, i) => appRow(start + i)).join('\n');
    tables.push(
      `<section><h2>Batch ${start / 100 + 1}</h2><table><thead><tr><th>Order</th><th>Item</th><th>State</th>` +
        `<th>Qty</th><th>Status</th><th>Pick</th><th></th><th></th></tr></thead><tbody>\n${body}\n</tbody></table></section>`,
    );
  }
  const nav = Array.from({ length: 24 }, (_, i) => `<a href="#v${i}">View ${i + 1}</a>`).join('');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Orders · Operations console</title>
<style>
  body { margin: 0; font: 13px system-ui, sans-serif; display: grid; grid-template-columns: 200px 1fr; }
  nav a { display: block; padding: 4px 8px; }
  table { border-collapse: collapse; width: 100%; }
  td, th { border-bottom: 1px solid #ddd; padding: 2px 6px; }
</style>
</head>
<body>
<nav class="console-nav">${nav}</nav>
<main>
<h1>Orders</h1>
<p>Orders waiting for a decision are listed below.</p>
<div class="toolbar"><input type="search" aria-label="Search"><button type="button">Filter</button></div>
${tables.join('\n')}
<p>Changes are saved automatically.</p>
</main>
</body>
</html>
`;
}

export interface ArticleParts {
  /** Everything up to and including `</head>`: the metadata (JSON-LD, Open Graph) stays. */
  head: string;
  /** The `<html …>` start tag. */
  htmlTag: string;
  /** The `<article …>` start tag. */
  articleTag: string;
  /** The article's own `<header>…</header>` (headline), or ''. */
  header: string;
  /** The article's paragraphs, as `<p>…</p>` markup, in order. */
  paragraphs: string[];
}

/** Splits a saved article page into the parts a repeated article is built from. */
export function articleParts(html: string): ArticleParts {
  const headEnd = html.indexOf('</head>');
  const articleMatch = /<article\b[^>]*>/.exec(html);
  const articleEnd = html.indexOf('</article>');
  if (headEnd < 0 || !articleMatch || articleEnd < 0) throw new Error('Not an article page: no </head> or no <article>');
  const htmlTag = /<html\b[^>]*>/.exec(html)?.[0] ?? '<html>';
  const head = html.slice(html.indexOf(htmlTag) + htmlTag.length, headEnd + '</head>'.length);
  const inside = html.slice(articleMatch.index + articleMatch[0].length, articleEnd);
  const header = /<header\b[\s\S]*?<\/header>/.exec(inside);
  const afterHeader = header ? inside.slice(header.index + header[0].length) : inside;
  const paragraphs = afterHeader.match(/<p\b[^>]*>[\s\S]*?<\/p>/g) ?? [];
  if (paragraphs.length === 0) throw new Error('The article has no paragraphs');
  return { head, htmlTag, articleTag: articleMatch[0], header: header?.[0] ?? '', paragraphs };
}

/** Approximate reader-visible text of some markup: tags dropped, whitespace runs as one space. */
export function visibleText(markup: string): string {
  return markup
    .replace(/<[^>]*>/g, '')
    .replace(/&(?:amp|lt|gt|quot|#39|nbsp);/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The article of `html` with its paragraphs repeated, in order, until the body holds at least
 * `chars` characters of text; the head (metadata) and the headline are kept, the page chrome
 * (navigation, sidebars, footer) is dropped.
 */
export function repeatedArticle(html: string, chars: number): { html: string; chars: number; paragraphs: number } {
  const parts = articleParts(html);
  const body: string[] = [];
  let length = 0;
  for (let i = 0; length < chars; i++) {
    const paragraph = parts.paragraphs[i % parts.paragraphs.length] as string;
    body.push(paragraph);
    // One separator per paragraph in the extracted text.
    length += visibleText(paragraph).length + 1;
  }
  const page = `<!DOCTYPE html>
${parts.htmlTag}${parts.head}
<body>
<main>
${parts.articleTag}
${parts.header}
<div class="article-body">
${body.join('\n')}
</div>
</article>
</main>
</body>
</html>
`;
  return { html: page, chars: length, paragraphs: body.length };
}
