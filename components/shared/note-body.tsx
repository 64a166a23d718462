/**
 * A note body as the reader wrote it, with a tiny safe subset of Markdown: paragraphs, line
 * breaks, `- ` and `1. ` lists, `*emphasis*`, `**strong**`, `` `code` `` and `[links](https://…)`.
 * Everything is built as elements from text (never `innerHTML`), and only http(s) and mailto
 * links become links, so a note cannot run script or smuggle markup into the page.
 */
import type { ComponentChildren } from 'preact';

type Block =
  | { kind: 'paragraph'; lines: string[] }
  | { kind: 'list'; ordered: boolean; items: string[] };

const bulletItem = /^\s*[-*+]\s+(.*)$/;
const numberedItem = /^\s*\d{1,9}[.)]\s+(.*)$/;

/** Splits a body into paragraphs (separated by blank lines) and lists (consecutive item lines). */
export function parseBlocks(body: string): Block[] {
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length > 0) blocks.push({ kind: 'paragraph', lines: paragraph });
    paragraph = [];
  };
  for (const line of body.replace(/\r\n?/g, '\n').split('\n')) {
    const bullet = bulletItem.exec(line);
    const numbered = bullet ? null : numberedItem.exec(line);
    const item = bullet ?? numbered;
    if (item) {
      flush();
      const ordered = numbered !== null;
      const last = blocks[blocks.length - 1];
      if (last?.kind === 'list' && last.ordered === ordered) last.items.push(item[1]!);
      else blocks.push({ kind: 'list', ordered, items: [item[1]!] });
    } else if (line.trim() === '') {
      flush();
    } else {
      paragraph.push(line);
    }
  }
  flush();
  return blocks;
}

/** Inline marks, tried together; the earliest match wins. */
const inlinePattern =
  /\*\*(?<strong>[^*\n]+?)\*\*|\*(?<em>[^*\s][^*\n]*?)\*|(?<![\p{L}\p{N}_])_(?<em2>[^_\s][^_\n]*?)_(?![\p{L}\p{N}_])|`(?<code>[^`\n]+)`|\[(?<label>[^\]\n]+)\]\((?<href>[^)\s]+)\)/u;

/** The address when it is safe to link to, or null. */
export function safeHref(href: string): string | null {
  try {
    const url = new URL(href);
    return url.protocol === 'http:' || url.protocol === 'https:' || url.protocol === 'mailto:' ? url.href : null;
  } catch {
    return null;
  }
}

/** Renders the inline marks of one line of text. */
export function renderInline(text: string): ComponentChildren[] {
  const out: ComponentChildren[] = [];
  let rest = text;
  while (rest.length > 0) {
    const match = inlinePattern.exec(rest);
    if (!match || !match.groups) {
      out.push(rest);
      break;
    }
    if (match.index > 0) out.push(rest.slice(0, match.index));
    const { strong, em, em2, code, label, href } = match.groups;
    if (strong !== undefined) out.push(<strong>{renderInline(strong)}</strong>);
    else if (em !== undefined || em2 !== undefined) out.push(<em>{renderInline((em ?? em2)!)}</em>);
    else if (code !== undefined) out.push(<code>{code}</code>);
    else {
      const safe = safeHref(href!);
      out.push(
        safe ? (
          <a href={safe} target="_blank" rel="noopener noreferrer">
            {renderInline(label!)}
          </a>
        ) : (
          match[0]
        ),
      );
    }
    rest = rest.slice(match.index + match[0].length);
  }
  return out;
}

/** The body of a note, as paragraphs and lists. */
export function NoteBody({ body }: { body: string }) {
  return (
    <div class="cx-note-body">
      {parseBlocks(body).map((block) => {
        if (block.kind === 'list') {
          const items = block.items.map((item) => <li>{renderInline(item)}</li>);
          return block.ordered ? <ol>{items}</ol> : <ul>{items}</ul>;
        }
        return (
          <p>
            {block.lines.flatMap((line, index) => (index === 0 ? renderInline(line) : [<br />, ...renderInline(line)]))}
          </p>
        );
      })}
    </div>
  );
}
