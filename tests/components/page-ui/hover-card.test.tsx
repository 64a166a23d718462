// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { HoverCard, type CardSubject } from '../../../components/page-ui/hover-card';
import { amiri, catalogue, lastFriday, midOctober, stranger } from './helpers';

let container: HTMLElement;

function show(subject: CardSubject, extra: Partial<Parameters<typeof HoverCard>[0]> = {}, lang: 'en' | 'fr' = 'en') {
  container = document.createElement('div');
  document.body.append(container);
  const handlers = { onAddNote: vi.fn(), onClose: vi.fn(), onMention: vi.fn() };
  act(() => {
    render(<HoverCard subject={subject} t={catalogue(lang)} uiLang={lang} {...handlers} {...extra} />, container);
  });
  return handlers;
}

function button(name: string): HTMLButtonElement {
  const found = [...container.querySelectorAll('button')].find(
    (element) => element.textContent === name || element.getAttribute('aria-label') === name,
  );
  if (!found) throw new Error(`no button "${name}"`);
  return found;
}

afterEach(() => {
  render(null, container);
  container.remove();
});

describe('HoverCard for a known actor', () => {
  it('shows name, kind, type, description, affiliations, aliases, mentions and what the article says', () => {
    show({ kind: 'actor', actor: amiri, mentionIndex: 0 });
    const dialog = container.querySelector('[role="dialog"]')!;
    const title = container.querySelector(`#${CSS.escape(dialog.getAttribute('aria-labelledby')!)}`);
    expect(title?.textContent).toBe('Hadi al-Amiri');
    const text = dialog.textContent!;
    expect(text).toContain('Person');
    expect(text).toContain('Commander');
    expect(text).toContain('Iraqi politician, leader of the Badr Organization.');
    expect(text).toContain('Badr Organization');
    expect(text).toContain('al-Amiri, Hadi al-Ameri');
    expect(text).toContain('Mentioned 3 times in this article');
    expect(text).toContain('1 of 3');
    expect(text).toContain('What the article says');
    expect(text).toContain('the leader of the Badr Organization');
    expect(text).not.toContain('Not in the Contexte knowledge base');
  });

  it('links to Wikipedia in a new tab without an opener', () => {
    show({ kind: 'actor', actor: amiri, mentionIndex: 0 });
    const link = container.querySelector('a')!;
    expect(link.getAttribute('href')).toBe('https://en.wikipedia.org/wiki/Hadi_al-Amiri');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('moves between mentions, wrapping around', () => {
    const handlers = show({ kind: 'actor', actor: amiri, mentionIndex: 0 });
    act(() => button('Next mention').click());
    expect(handlers.onMention).toHaveBeenLastCalledWith(1);
    act(() => button('Previous mention').click());
    expect(handlers.onMention).toHaveBeenLastCalledWith(2);
  });

  it('asks for a note and closes on Escape', () => {
    const handlers = show({ kind: 'actor', actor: amiri, mentionIndex: 1 });
    act(() => button('Add note').click());
    expect(handlers.onAddNote).toHaveBeenCalledTimes(1);
    const dialog = container.querySelector<HTMLElement>('[role="dialog"]')!;
    act(() => {
      dialog.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(handlers.onClose).toHaveBeenCalledTimes(1);
  });

  it('takes focus only when asked to', () => {
    show({ kind: 'actor', actor: amiri, mentionIndex: 0 });
    expect(container.contains(document.activeElement)).toBe(false);
    render(null, container);
    show({ kind: 'actor', actor: amiri, mentionIndex: 0 }, { autoFocus: true });
    expect(document.activeElement).toBe(container.querySelector('[role="dialog"]'));
  });

  it('is written in French for a French reader', () => {
    show({ kind: 'actor', actor: amiri, mentionIndex: 0 }, {}, 'fr');
    const text = container.textContent!;
    expect(text).toContain('Personne');
    expect(text).toContain('3 mentions dans cet article');
    expect(text).toContain('Ce qu’en dit l’article');
    expect(text).toContain('Ajouter une note');
    expect(container.querySelector('a')?.textContent).toBe('Wikipédia');
  });
});

describe('HoverCard for an unknown actor', () => {
  it('says the actor is not in the knowledge base and offers no mention buttons or link', () => {
    show({ kind: 'actor', actor: stranger, mentionIndex: 0 });
    const text = container.textContent!;
    expect(text).toContain('Jean Dupuis-Ferrand');
    expect(text).toContain('Not in the Contexte knowledge base');
    expect(text).toContain('Mentioned once in this article');
    expect(container.querySelector('a')).toBeNull();
    expect(() => button('Next mention')).toThrow();
  });
});

describe('HoverCard for a date', () => {
  it('shows the exact day with its weekday, the phrase and the sentence', () => {
    const sentence = 'Les frappes ont eu lieu vendredi dernier près de Bagdad.';
    show({ kind: 'date', date: lastFriday, sentence }, {}, 'fr');
    expect(container.querySelector('h2')?.textContent).toBe('Vendredi 8 décembre 2023');
    const text = container.textContent!;
    expect(text).toContain('3 days before publication');
    expect(text).toContain(sentence);
    expect(text).toContain('Ajouter une note');
    expect(text).not.toContain('pas de date de publication');
  });

  it('gives the days covered by a part of a month', () => {
    show({ kind: 'date', date: midOctober, sentence: null });
    expect(container.querySelector('h2')?.textContent).toBe('October 2023');
    expect(container.textContent!.replace(/\s/g, ' ')).toMatch(/Days covered: October 11 *– *20, 2023/);
  });

  it('warns when relative dates were resolved against today', () => {
    show({ kind: 'date', date: lastFriday, sentence: null }, { referenceIsToday: true });
    expect(container.textContent).toContain('The page gives no publication date, so relative dates were resolved against today.');
  });
});

describe('HoverCard and hostile text', () => {
  it('renders markup found in page text as text, creating no element from it', () => {
    const markup = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
    show({
      kind: 'actor',
      actor: { ...stranger, name: `<b>Bold</b>${markup}`, articleSays: markup, description: markup },
      mentionIndex: 0,
    });
    expect(container.querySelector('img, script, b')).toBeNull();
    expect(container.querySelector('h2')?.textContent).toBe(`<b>Bold</b>${markup}`);
    expect(container.textContent).toContain(markup);
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('does not turn a javascript: knowledge-base link into a link', () => {
    show({ kind: 'actor', actor: { ...amiri, wikipedia: 'javascript:alert(1)' }, mentionIndex: 0 });
    expect(container.querySelector('a')).toBeNull();
  });
});
