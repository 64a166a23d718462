/**
 * A readable table of `PageAnnotations` for the terminal.
 */
import type { PageAnnotations } from '../../recognition/types';

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
  return rows.map((row) => row.map((cell, column) => cell.padEnd(widths[column]!)).join('  ').trimEnd()).join('\n');
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Formats the annotations as a header plus an actors table and a dates table. */
export function formatAnnotations(annotations: PageAnnotations): string {
  const header = [
    `URL:        ${annotations.url}`,
    `Article:    ${annotations.isArticle ? 'yes' : 'no'}`,
    `Language:   ${annotations.lang ?? 'unknown'}`,
    `Title:      ${annotations.title ?? '—'}`,
    `Published:  ${annotations.publishedAt ?? (annotations.referenceIsToday ? 'unknown (dates resolved against today)' : '—')}`,
  ].join('\n');
  const actors = [...annotations.actors].sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0));
  const actorRows = [
    ['KIND', 'NAME', 'ID', 'N', 'AS WRITTEN'],
    ...actors.map((actor) => [
      actor.kind,
      clip(actor.name, 40),
      actor.known ? actor.id : `${actor.id} (not in base)`,
      String(actor.mentions.length),
      clip([...new Set(actor.mentions.map((mention) => mention.text))].join(' | '), 70),
    ]),
  ];
  const dateRows = [
    ['AS WRITTEN', 'VALUE', 'OFFSET', 'WHEN'],
    ...annotations.dates.map((date) => [clip(date.text, 40), date.value, `${date.start}–${date.end}`, date.phrase]),
  ];
  return [
    header,
    '',
    `Actors (${annotations.actors.length})`,
    table(actorRows),
    '',
    `Dates (${annotations.dates.length})`,
    table(dateRows),
  ].join('\n');
}
