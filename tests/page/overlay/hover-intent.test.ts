import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHoverIntent, type HoverIntent } from '../../../page/overlay/hover-intent';

let intent: HoverIntent<string>;
let shown: (string | null)[];

beforeEach(() => {
  vi.useFakeTimers();
  shown = [];
  intent = createHoverIntent<string>({
    showDelay: 250,
    hideDelay: 300,
    same: (a, b) => a === b,
    show: (target) => shown.push(target),
    hide: () => shown.push(null),
    timers: {
      setTimeout: (callback, ms) => setTimeout(callback, ms) as unknown as number,
      clearTimeout: (id) => clearTimeout(id),
    },
  });
});

afterEach(() => {
  intent.dispose();
  vi.useRealTimers();
});

describe('createHoverIntent', () => {
  it('shows after the delay of rest, and only once while the pointer stays', () => {
    intent.overMention('a');
    vi.advanceTimersByTime(249);
    expect(shown).toEqual([]);
    intent.overMention('a');
    vi.advanceTimersByTime(1);
    expect(shown).toEqual(['a']);
    intent.overMention('a');
    vi.advanceTimersByTime(1000);
    expect(shown).toEqual(['a']);
    expect(intent.current()).toBe('a');
  });

  it('hides after the grace period, unless the pointer comes back or enters the card', () => {
    intent.overMention('a');
    vi.advanceTimersByTime(250);
    intent.overMention(null);
    vi.advanceTimersByTime(200);
    intent.overMention('a');
    vi.advanceTimersByTime(1000);
    expect(shown).toEqual(['a']);
    intent.overMention(null);
    vi.advanceTimersByTime(200);
    intent.overCard(true);
    vi.advanceTimersByTime(1000);
    expect(shown).toEqual(['a']);
    intent.overCard(false);
    vi.advanceTimersByTime(299);
    expect(shown).toEqual(['a']);
    vi.advanceTimersByTime(1);
    expect(shown).toEqual(['a', null]);
    expect(intent.current()).toBeNull();
  });

  it('switches to another mention without hiding in between', () => {
    intent.overMention('a');
    vi.advanceTimersByTime(250);
    intent.overMention('b');
    vi.advanceTimersByTime(250);
    expect(shown).toEqual(['a', 'b']);
    vi.advanceTimersByTime(1000);
    expect(shown).toEqual(['a', 'b']);
  });

  it('drops a pending card when the pointer enters the open card on its way', () => {
    intent.overMention('a');
    vi.advanceTimersByTime(250);
    intent.overMention('b');
    vi.advanceTimersByTime(100);
    intent.overCard(true);
    vi.advanceTimersByTime(1000);
    expect(shown).toEqual(['a']);
  });

  it('counts a card opened elsewhere as shown, and dispose cancels everything', () => {
    intent.shownElsewhere('k');
    intent.overMention('k');
    vi.advanceTimersByTime(1000);
    expect(shown).toEqual([]);
    intent.overMention(null);
    intent.dispose();
    vi.advanceTimersByTime(1000);
    expect(shown).toEqual([]);
  });

  it('tells which card is due while the pointer rests, and when it no longer is', () => {
    const prepared: (string | null)[] = [];
    const preparing = createHoverIntent<string>({
      showDelay: 250,
      hideDelay: 300,
      same: (a, b) => a === b,
      show: (target) => shown.push(target),
      hide: () => shown.push(null),
      prepare: (target) => prepared.push(target),
      timers: {
        setTimeout: (callback, ms) => setTimeout(callback, ms) as unknown as number,
        clearTimeout: (id) => clearTimeout(id),
      },
    });
    preparing.overMention('a');
    preparing.overMention('a');
    vi.advanceTimersByTime(100);
    preparing.overMention('b');
    vi.advanceTimersByTime(100);
    preparing.overMention(null);
    expect(prepared).toEqual(['a', null, 'b', null]);
    preparing.overMention('c');
    vi.advanceTimersByTime(250);
    expect(shown).toEqual(['c']);
    // Shown: nothing is due any more, and that is no cancellation.
    expect(prepared).toEqual(['a', null, 'b', null, 'c']);
    preparing.dispose();
  });
});
