import { describe, expect, it } from 'vitest';
import { people } from '../../../recognition/knowledge/data/people';

/** Loose folding close to the matcher's: case, accents, apostrophes, hyphens, spaces. */
function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’‘`']/g, "'")
    .replace(/[-‐‑–\s]+/g, ' ')
    .trim();
}

/** Every surface form an entry claims: both names and all aliases. */
function forms(entry: (typeof people)[number]): string[] {
  const { en = [], fr = [], any = [] } = entry.aliases;
  return [entry.name.en, entry.name.fr, ...en, ...fr, ...any, ...(entry.caseSensitive ?? [])];
}

const kebab = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

describe('people data', () => {
  it('has at least 170 people', () => {
    expect(people.length).toBeGreaterThanOrEqual(170);
  });

  it('uses unique kebab-case ids', () => {
    const ids = people.map((p) => p.id);
    expect(ids.filter((id) => !kebab.test(id))).toEqual([]);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('gives every entry kind person, both names and both descriptions', () => {
    for (const p of people) {
      expect(p.kind, p.id).toBe('person');
      expect(p.name.en.trim(), p.id).not.toBe('');
      expect(p.name.fr.trim(), p.id).not.toBe('');
      expect(p.description.en.trim(), p.id).not.toBe('');
      expect(p.description.fr.trim(), p.id).not.toBe('');
    }
  });

  it('writes descriptions as sentences of at most 300 characters', () => {
    const bad = people.flatMap((p) =>
      [p.description.en, p.description.fr]
        .filter((d) => !d.endsWith('.') || d.length > 300)
        .map((d) => `${p.id}: ${d.length} chars: ${d}`),
    );
    expect(bad).toEqual([]);
  });

  it('uses typographic apostrophes in French descriptions', () => {
    expect(people.filter((p) => p.description.fr.includes("'")).map((p) => p.id)).toEqual([]);
  });

  it('never lets two people claim the same form', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const p of people) {
      for (const form of new Set(forms(p).map(fold))) {
        const other = owner.get(form);
        if (other && other !== p.id) clashes.push(`"${form}": ${other} and ${p.id}`);
        owner.set(form, p.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('lists no alias that repeats a name or another alias of the same entry', () => {
    const redundant = people.flatMap((p) => {
      const names = new Set([fold(p.name.en), fold(p.name.fr)]);
      const { en = [], fr = [], any = [] } = p.aliases;
      const listed = [...en, ...fr, ...any].map(fold);
      return listed
        .filter((a, i) => names.has(a) || listed.indexOf(a) !== i)
        .map((a) => `${p.id}: ${a}`);
    });
    expect(redundant).toEqual([]);
  });

  it('uses kebab-case affiliation ids that are not the entry itself', () => {
    for (const p of people) {
      for (const id of p.affiliations ?? []) {
        expect(id, p.id).toMatch(kebab);
        expect(id, p.id).not.toBe(p.id);
      }
    }
  });
});
