import { describe, expect, it } from 'vitest';
import { buildAutomaton } from '../../../recognition/actors/aho-corasick';

function occurrences(patterns: string[], text: string): [string, number][] {
  const automaton = buildAutomaton(patterns);
  const found: [string, number][] = [];
  automaton.search(Array.from(text, (c) => c.charCodeAt(0)), text.length, (p, end) => found.push([patterns[p]!, end - automaton.patternLength(p)]));
  return found;
}

describe('buildAutomaton', () => {
  it('finds overlapping occurrences, longest first for a shared end', () => {
    expect(occurrences(['he', 'she', 'his', 'hers'], 'ushers')).toEqual([
      ['she', 1],
      ['he', 2],
      ['hers', 2],
    ]);
  });

  it('handles patterns sharing prefixes and patterns inside others', () => {
    const found = occurrences(['hezbollah', 'hezbollah irakien', 'brigades du hezbollah irakien', 'iran'], 'les brigades du hezbollah irakien');
    expect(found).toEqual([
      ['hezbollah', 16],
      ['brigades du hezbollah irakien', 4],
      ['hezbollah irakien', 16],
    ]);
  });

  it('follows failure links across partial matches', () => {
    expect(occurrences(['abcd', 'bc', 'c'], 'abcabcd')).toEqual([
      ['bc', 1],
      ['c', 2],
      ['bc', 4],
      ['c', 5],
      ['abcd', 3],
    ]);
  });

  it('reports every copy of a duplicated pattern and ignores empty ones', () => {
    const automaton = buildAutomaton(['iran', '', 'iran']);
    const hits: number[] = [];
    automaton.search(Array.from('iran', (c) => c.charCodeAt(0)), 4, (p) => hits.push(p));
    expect(hits.sort()).toEqual([0, 2]);
  });

  it('matches characters outside ASCII', () => {
    expect(occurrences(['ﺣﺰﺏ', 'état'], 'un état')).toEqual([['état', 3]]);
  });
});
