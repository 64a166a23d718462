/**
 * Reading schema.org JSON-LD blocks, shared by article detection and metadata. Only small
 * script tags are parsed: a page may embed megabytes of JSON-LD (product catalogues, full
 * article bodies), and detection runs on every page.
 */

/** A JSON-LD node as found in the page: an object with unknown fields. */
export type JsonLdNode = Record<string, unknown>;

/** Script tags longer than this are not parsed (characters). */
export const DEFAULT_JSON_LD_MAX_CHARS = 100_000;

/**
 * The top-level JSON-LD nodes of the page, with `@graph` arrays and top-level arrays flattened
 * one level. Unparseable or oversized blocks are skipped.
 */
export function readJsonLd(doc: Document, maxChars = DEFAULT_JSON_LD_MAX_CHARS): JsonLdNode[] {
  const nodes: JsonLdNode[] = [];
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    const source = script.textContent ?? '';
    if (source.length === 0 || source.length > maxChars) continue;
    const parsed = parseLenient(source);
    if (parsed !== undefined) collectNodes(parsed, nodes);
  }
  return nodes;
}

/** The schema.org type names of a node, without any `schema:` or URL prefix. */
export function jsonLdTypes(node: JsonLdNode): string[] {
  const raw = node['@type'];
  const list = Array.isArray(raw) ? raw : [raw];
  const types: string[] = [];
  for (const t of list) {
    if (typeof t === 'string') types.push(t.slice(Math.max(t.lastIndexOf('/'), t.lastIndexOf(':')) + 1));
  }
  return types;
}

const ARTICLE_TYPE = /(?:Article|BlogPosting|Report)$/;

/** True for schema.org article types: Article, NewsArticle, BlogPosting, ReportageNewsArticle… */
export function isArticleType(type: string): boolean {
  return ARTICLE_TYPE.test(type);
}

/**
 * The article nodes among the top-level ones: nodes whose type is an article type, or whose
 * `mainEntity` is (a `WebPage` wrapping its `NewsArticle`).
 */
export function articleNodes(nodes: readonly JsonLdNode[]): JsonLdNode[] {
  const found: JsonLdNode[] = [];
  for (const node of nodes) {
    if (jsonLdTypes(node).some(isArticleType)) {
      found.push(node);
      continue;
    }
    const main = node['mainEntity'];
    if (isObject(main) && jsonLdTypes(main).some(isArticleType)) found.push(main);
  }
  return found;
}

function collectNodes(value: unknown, into: JsonLdNode[]): void {
  if (Array.isArray(value)) {
    for (const item of value) if (isObject(item)) collectGraph(item, into);
  } else if (isObject(value)) {
    collectGraph(value, into);
  }
}

function collectGraph(node: JsonLdNode, into: JsonLdNode[]): void {
  const graph = node['@graph'];
  if (Array.isArray(graph)) {
    for (const item of graph) if (isObject(item)) into.push(item);
  }
  if (node['@type'] !== undefined) into.push(node);
}

function parseLenient(source: string): unknown {
  try {
    return JSON.parse(source);
  } catch {
    // Some CMSs wrap the JSON in CDATA or HTML comments, or leave raw newlines inside strings.
    const cleaned = source
      .replace(/^\s*(?:\/\/\s*)?(?:<!\[CDATA\[|<!--)/, '')
      .replace(/(?:\/\/\s*)?(?:\]\]>|-->)\s*$/, '')
      .replace(/[\n\r\t]+/g, ' ');
    try {
      return JSON.parse(cleaned);
    } catch {
      return undefined;
    }
  }
}

export function isObject(value: unknown): value is JsonLdNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
