/**
 * Turns annotations into the named highlight groups: one per actor kind, one for dates.
 */
import type { PageAnnotations } from '../../recognition/types';
import { rangeForOffsets, type TextMap } from '../../page/text-map';

/** Ranges per highlight name (`contexte-person`, `contexte-date`, …). */
export function highlightGroups(annotations: PageAnnotations, map: TextMap): Record<string, Range[]> {
  const groups: Record<string, Range[]> = {
    'contexte-person': [],
    'contexte-organization': [],
    'contexte-state': [],
    'contexte-place': [],
    'contexte-date': [],
  };
  for (const actor of annotations.actors) {
    const group = groups[`contexte-${actor.kind}`];
    if (!group) continue;
    for (const mention of actor.mentions) {
      const range = rangeForOffsets(map, mention.start, mention.end);
      if (range) group.push(range);
    }
  }
  const dates = groups['contexte-date']!;
  for (const date of annotations.dates) {
    const range = rangeForOffsets(map, date.start, date.end);
    if (range) dates.push(range);
  }
  return groups;
}

/** Total number of ranges in the groups. */
export function countRanges(groups: Record<string, Range[]>): number {
  return Object.values(groups).reduce((sum, ranges) => sum + ranges.length, 0);
}
