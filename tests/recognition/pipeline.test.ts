import { describe, expect, it } from 'vitest';
import { TEXT_MATCHER_MAX_CHARS, bundledMatcher, isBundledMatcherBuilt, matcherForText } from '../../recognition/pipeline';

const article = 'Hadi al-Amiri, who leads the Badr Organisation, met officials in Baghdad on Friday.';

describe('matcherForText', () => {
  it('gives an article its own matcher until the bundled one is built, then the bundled one', () => {
    expect(isBundledMatcherBuilt()).toBe(false);
    const own = matcherForText(article);
    // Building it did not build the bundled matcher.
    expect(isBundledMatcherBuilt()).toBe(false);
    const whole = bundledMatcher();
    expect(own.gazetteer.patterns.length).toBeLessThan(whole.gazetteer.patterns.length / 10);
    expect(matcherForText(article)).toBe(whole);
  });

  it('matches a text longer than an article with the bundled matcher', () => {
    expect(matcherForText('Baghdad. '.repeat(TEXT_MATCHER_MAX_CHARS / 8))).toBe(bundledMatcher());
  });
});
