import { describe, expect, it } from 'vitest';
import { candidateRegions, joinRegions, triggerPattern } from '../../../recognition/dates/common/regions';
import { TRIGGER_PATTERNS } from '../../../recognition/dates/locales/fr/words';

const trigger = triggerPattern(TRIGGER_PATTERNS);

describe('the pre-scan', () => {
  it('finds no passage in text without a trigger', () => {
    expect(candidateRegions('Les discussions se poursuivent entre les parties. '.repeat(50), trigger)).toEqual([]);
  });

  it('keeps whole words around each trigger, merges nearby ones, and stops at line breaks', () => {
    const filler = 'Les discussions se poursuivent entre les différentes parties. '.repeat(5);
    const text = `${filler}Lundi, puis mardi.\n${filler}${filler}Le 5 janvier 2020.`;
    const regions = candidateRegions(text, trigger);
    expect(regions).toHaveLength(2);
    const [first, second] = regions.map((region) => text.slice(region.start, region.end));
    expect(first).toMatch(/^\S.*Lundi, puis mardi\.$/);
    expect(first).not.toContain('\n');
    expect(second).toMatch(/Le 5 janvier 2020\.$/);
    for (const region of regions) {
      expect(/\s/.test(text.charAt(region.start - 1)) || region.start === 0).toBe(true);
    }
  });

  it('joins passages with their way back to article offsets, apostrophes made straight', () => {
    const text = `${'x '.repeat(200)}aujourd’hui ${'y '.repeat(200)}en 2014`;
    const joined = joinRegions(text, candidateRegions(text, trigger));
    const today = joined.text.indexOf("aujourd'hui");
    const year = joined.text.indexOf('2014');
    expect(joined.toArticle(today)).toBe(text.indexOf('aujourd’hui'));
    expect(joined.toArticle(year)).toBe(text.indexOf('2014'));
  });

  it('stays linear: ten times the text takes about ten times as long', () => {
    const paragraph = 'Le 5 janvier 2020, mercredi, en 2014, les discussions se poursuivent entre les parties.\n';
    // Process CPU time, best of three: other processes on the machine hardly move it.
    const time = (text: string) => {
      let best = Infinity;
      for (let run = 0; run < 3; run++) {
        const started = process.cpuUsage();
        candidateRegions(text, trigger);
        const used = process.cpuUsage(started);
        best = Math.min(best, used.user + used.system);
      }
      return best;
    };
    time(paragraph.repeat(500));
    const small = time(paragraph.repeat(2_000));
    const large = time(paragraph.repeat(20_000));
    expect(large / small).toBeLessThan(30);
  });
});
