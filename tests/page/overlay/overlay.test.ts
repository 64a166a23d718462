// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mountOverlay, type HitTest, type Overlay } from '../../../page/overlay/index';
import type { NoteDraft, StoredNote } from '../../../messaging/protocol';
import { rangeForOffsets } from '../../../page/text-map';
import { catalogue } from '../../components/page-ui/helpers';
import { annotateArticle, fakeHighlights, setUpArticle, type Fixture } from './helpers';

let fixture: Fixture;
let controller: AbortController;
let overlay: Overlay;
let highlights: Map<string, { ranges: Range[] }>;
/** Index into the overlay's sorted spans that the fake hit test reports, or null. */
let under: number | null;
let saveNote: ReturnType<typeof vi.fn<(draft: NoteDraft) => Promise<StoredNote>>>;

const hitTest: HitTest = () => under;

function mount() {
  overlay = mountOverlay({
    doc: document,
    win: window,
    annotations: fixture.annotations,
    map: fixture.map,
    t: catalogue('en'),
    uiLang: 'en',
    saveNote,
    signal: controller.signal,
    hitTest,
  });
}

function host(): HTMLElement | null {
  return document.querySelector('[data-contexte]');
}

function shadow(): ShadowRoot {
  return host()!.shadowRoot!;
}

function cardText(): string | null {
  const layer = shadow().querySelector<HTMLElement>('.cx-card-layer')!;
  return layer.hidden ? null : layer.textContent;
}

/** Moves the pointer: over mention span `index` (sorted order: Hadi, Friday, al-Amiri, Jean), or over plain text. */
function pointAt(index: number | null, target: EventTarget = document.body) {
  under = index;
  target.dispatchEvent(new PointerEvent('pointermove', { bubbles: true, composed: true, clientX: 10, clientY: 10, pointerType: 'mouse' }));
  vi.advanceTimersByTime(20); // the animation frame
}

function buttonNamed(name: string): HTMLButtonElement {
  const found = [...shadow().querySelectorAll('button')].find((b) => b.textContent === name || b.getAttribute('aria-label') === name);
  if (!found) throw new Error(`no button ${name}`);
  return found;
}

function type(element: HTMLTextAreaElement | HTMLInputElement, value: string) {
  element.value = value;
  element.dispatchEvent(new Event('input', { bubbles: true }));
}

/** Lets promises settle and Preact run its effects (scheduled after the next frame, at most 100 ms). */
async function flush() {
  for (let i = 0; i < 5; i++) await Promise.resolve();
  await vi.advanceTimersByTimeAsync(120);
}

const HADI = 0;
const FRIDAY = 1;
const AL_AMIRI = 2;
const JEAN = 3;

beforeEach(() => {
  vi.useFakeTimers();
  highlights = fakeHighlights(window);
  fixture = setUpArticle();
  controller = new AbortController();
  under = null;
  saveNote = vi.fn(async (draft: NoteDraft) => ({
    id: 'n1',
    articleKey: 'news.example/talks',
    body: draft.body,
    tags: draft.tags,
    createdAt: 0,
    updatedAt: 0,
    target: draft.target,
  }));
  mount();
});

afterEach(async () => {
  controller.abort();
  // Preact schedules effects after the next frame; let that frame come before the clock is reset.
  await vi.advanceTimersByTimeAsync(200);
  vi.useRealTimers();
  document.body.innerHTML = '';
});

describe('the host', () => {
  it('is one fixed, zero-size element marked data-contexte, outside the body, with important inline styles', () => {
    const element = host()!;
    expect(document.querySelectorAll('[data-contexte]')).toHaveLength(1);
    expect(document.body.contains(element)).toBe(false);
    expect(element.style.getPropertyValue('position')).toBe('fixed');
    expect(element.style.getPropertyPriority('position')).toBe('important');
    expect(element.style.getPropertyValue('width')).toMatch(/^0(px)?$/);
    expect(element.shadowRoot).not.toBeNull();
  });

  it('is removed, with the highlights it added, when the signal aborts', () => {
    pointAt(HADI);
    vi.advanceTimersByTime(300);
    expect(highlights.has('contexte-active')).toBe(true);
    controller.abort();
    expect(host()).toBeNull();
    expect(highlights.has('contexte-active')).toBe(false);
    // Listeners are gone too: hovering does nothing and throws nothing.
    pointAt(JEAN);
    vi.advanceTimersByTime(1000);
    expect(host()).toBeNull();
  });
});

describe('a page that rebuilds its document', () => {
  it('gets the host back when a card opens', () => {
    host()!.remove();
    pointAt(HADI);
    vi.advanceTimersByTime(300);
    expect(host()).not.toBeNull();
    expect(cardText()).toContain('Hadi al-Amiri');
  });
});

describe('hovering', () => {
  it('opens the card after the hover delay, not before, and marks the mention active', () => {
    pointAt(HADI);
    vi.advanceTimersByTime(200);
    expect(cardText()).toBeNull();
    vi.advanceTimersByTime(100);
    expect(cardText()).toContain('Hadi al-Amiri');
    expect(cardText()).toContain('Mentioned 2 times in this article');
    const active = highlights.get('contexte-active')!.ranges[0]!;
    expect(active.toString()).toBe('Hadi al-Amiri');
  });

  it('renders the card ahead of the delay hidden and inert, then shows that same card', () => {
    pointAt(HADI);
    vi.advanceTimersByTime(200);
    const layer = shadow().querySelector<HTMLElement>('.cx-card-layer')!;
    expect(layer.hidden).toBe(true);
    expect(layer.inert).toBe(true);
    expect(layer.hasAttribute('data-staged')).toBe(true);
    const early = layer.querySelector('.cx-card');
    expect(early?.textContent).toContain('Hadi al-Amiri');
    vi.advanceTimersByTime(100);
    expect(layer.hidden).toBe(false);
    expect(layer.inert).toBe(false);
    expect(layer.hasAttribute('data-staged')).toBe(false);
    expect(layer.querySelector('.cx-card')).toBe(early);
  });

  it('drops the card rendered ahead when the pointer leaves before the delay', () => {
    pointAt(HADI);
    vi.advanceTimersByTime(200);
    pointAt(null);
    vi.advanceTimersByTime(1000);
    const layer = shadow().querySelector<HTMLElement>('.cx-card-layer')!;
    expect(layer.hidden).toBe(true);
    expect(layer.hasAttribute('data-staged')).toBe(false);
    expect(layer.querySelector('.cx-card')).toBeNull();
  });

  it('does not open a card for a mention only passed over', () => {
    pointAt(HADI);
    vi.advanceTimersByTime(100);
    pointAt(null);
    vi.advanceTimersByTime(1000);
    expect(cardText()).toBeNull();
  });

  it('hides the card after the grace period once the pointer leaves mention and card', () => {
    pointAt(HADI);
    vi.advanceTimersByTime(300);
    pointAt(null);
    vi.advanceTimersByTime(250);
    expect(cardText()).toContain('Hadi al-Amiri');
    vi.advanceTimersByTime(100);
    expect(cardText()).toBeNull();
    expect(highlights.has('contexte-active')).toBe(false);
  });

  it('keeps the card while the pointer travels into it', () => {
    pointAt(HADI);
    vi.advanceTimersByTime(300);
    pointAt(null);
    vi.advanceTimersByTime(150);
    pointAt(null, shadow().querySelector('.cx-card')!);
    vi.advanceTimersByTime(2000);
    expect(cardText()).toContain('Hadi al-Amiri');
    pointAt(null);
    vi.advanceTimersByTime(400);
    expect(cardText()).toBeNull();
  });

  it('switches to another mention the pointer rests on', () => {
    pointAt(HADI);
    vi.advanceTimersByTime(300);
    pointAt(FRIDAY);
    vi.advanceTimersByTime(300);
    expect(cardText()).toContain('Friday, December 8, 2023');
    expect(cardText()).toContain('3 days before publication');
    expect(cardText()).toContain('Hadi al-Amiri met the prime minister on Friday.');
    expect(highlights.get('contexte-active')!.ranges[0]!.toString()).toBe('Friday');
  });

  it('shows the mention position of the hovered mention and says unknown actors are unknown', () => {
    pointAt(AL_AMIRI);
    vi.advanceTimersByTime(300);
    expect(cardText()).toContain('2 of 2');
    pointAt(JEAN);
    vi.advanceTimersByTime(300);
    expect(cardText()).toContain('Not in the Contexte knowledge base');
  });

  it('closes on Escape pressed in the page, without cancelling the page’s event', () => {
    pointAt(HADI);
    vi.advanceTimersByTime(300);
    const escape = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
    document.body.dispatchEvent(escape);
    expect(cardText()).toBeNull();
    expect(escape.defaultPrevented).toBe(false);
  });
});

describe('touch', () => {
  it('opens a card on a tap on a mention and closes it on a tap elsewhere', () => {
    under = JEAN;
    document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true, pointerType: 'touch', clientX: 5, clientY: 5 }));
    expect(cardText()).toContain('Jean Dupuis-Ferrand');
    under = null;
    document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true, pointerType: 'touch', clientX: 5, clientY: 5 }));
    expect(cardText()).toBeNull();
  });
});

describe('focus', () => {
  it('opens the card of a mention inside a link the reader tabs to', () => {
    const link = document.querySelector<HTMLAnchorElement>('a')!;
    link.focus();
    link.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    expect(cardText()).toContain('Hadi al-Amiri');
    expect(cardText()).toContain('2 of 2');
    expect(document.activeElement).toBe(link);
  });

  it('ignores form fields', () => {
    const field = document.querySelector<HTMLInputElement>('#field')!;
    field.focus();
    field.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    expect(cardText()).toBeNull();
  });
});

describe('notes from a card', () => {
  it('saves a note on the actor', async () => {
    pointAt(HADI);
    vi.advanceTimersByTime(300);
    buttonNamed('Add note').click();
    await flush();
    const textarea = shadow().querySelector('textarea')!;
    expect(shadow().activeElement).toBe(textarea);
    type(textarea, 'Check his 2018 list.');
    type(shadow().querySelector<HTMLInputElement>('.cx-editor input')!, 'elections');
    await flush();
    buttonNamed('Save').click();
    await flush();
    expect(saveNote).toHaveBeenCalledTimes(1);
    const draft = saveNote.mock.calls[0]![0];
    expect(draft.body).toBe('Check his 2018 list.');
    expect(draft.tags).toEqual(['elections']);
    expect(draft.target).toEqual({ kind: 'actor', actorId: 'hadi-al-amiri', name: 'Hadi al-Amiri', actorKind: 'person' });
    expect(draft.article).toMatchObject({ url: 'https://news.example/talks', title: 'Talks resume in Baghdad' });
    expect(cardText()).toContain('Saved');
  });

  it('keeps the card and the typed text when the pointer wanders off during editing', async () => {
    pointAt(FRIDAY);
    vi.advanceTimersByTime(300);
    buttonNamed('Add note').click();
    await flush();
    type(shadow().querySelector('textarea')!, 'Which Friday?');
    pointAt(JEAN);
    vi.advanceTimersByTime(2000);
    pointAt(null);
    vi.advanceTimersByTime(2000);
    expect(cardText()).toContain('Friday, December 8, 2023');
    expect(shadow().querySelector('textarea')!.value).toBe('Which Friday?');
  });

  it('keeps the text and explains when the background is unavailable', async () => {
    saveNote.mockRejectedValueOnce(Object.assign(new Error('gone'), { code: 'unavailable' }));
    pointAt(HADI);
    vi.advanceTimersByTime(300);
    buttonNamed('Add note').click();
    await flush();
    type(shadow().querySelector('textarea')!, 'Important');
    await flush();
    buttonNamed('Save').click();
    await flush();
    expect(cardText()).toContain('Contexte is not answering');
    expect(shadow().querySelector('textarea')!.value).toBe('Important');
  });
});

describe('the keyboard list', () => {
  it('opens with focus in its filter, chooses with Enter, and Escape walks focus back', async () => {
    const before = document.querySelector<HTMLAnchorElement>('a')!;
    before.focus();
    overlay.openList();
    await flush();
    const input = shadow().querySelector<HTMLInputElement>('.cx-list-layer input')!;
    expect(shadow().activeElement).toBe(input);
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    await flush();
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    await flush();
    expect(cardText()).toContain('Jean Dupuis-Ferrand');
    const dialog = shadow().querySelector<HTMLElement>('.cx-card')!;
    expect(shadow().activeElement).toBe(dialog);
    dialog.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
    await flush();
    expect(cardText()).toBeNull();
    expect(shadow().activeElement).toBe(input);
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
    await flush();
    expect(shadow().querySelector<HTMLElement>('.cx-list-layer')!.hidden).toBe(true);
    expect(document.activeElement).toBe(before);
  });

  it('keeps key presses typed in the filter from reaching the page', async () => {
    const pageKeys = vi.fn();
    document.addEventListener('keydown', pageKeys);
    overlay.openList();
    await flush();
    shadow().querySelector('input')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'j', bubbles: true, composed: true }));
    expect(pageKeys).not.toHaveBeenCalled();
    document.removeEventListener('keydown', pageKeys);
  });
});

describe('notes on a selection', () => {
  function select(text: string) {
    const start = fixture.map.text.indexOf(text);
    const range = rangeForOffsets(fixture.map, start, start + text.length)!;
    const selection = document.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
  }

  it('offers a button after a mouse selection in the article, which opens the editor on the quote', async () => {
    select('the meeting had been planned');
    document.body.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    vi.advanceTimersByTime(10);
    const layer = shadow().querySelector<HTMLElement>('.cx-selection-layer')!;
    expect(layer.hidden).toBe(false);
    buttonNamed('Add a note on this passage').click();
    await flush();
    expect(layer.hidden).toBe(true);
    expect(cardText()).toContain('Note on “the meeting had been planned”');
    type(shadow().querySelector('textarea')!, 'Planned by whom?');
    await flush();
    buttonNamed('Save').click();
    await flush();
    const target = saveNote.mock.calls[0]![0].target;
    expect(target.kind).toBe('quote');
    if (target.kind !== 'quote') return;
    expect(target.quote.exact).toBe('the meeting had been planned');
    expect(fixture.map.text.slice(target.quote.start, target.quote.end)).toBe('the meeting had been planned');
    expect(target.quote.prefix.endsWith('wrote that ')).toBe(true);
  });

  it('does the same from the context menu entry', async () => {
    select('met the prime minister');
    overlay.noteOnSelection();
    await flush();
    expect(cardText()).toContain('Note on “met the prime minister”');
  });

  it('offers nothing for an empty selection or one outside the article', () => {
    document.getSelection()!.removeAllRanges();
    overlay.noteOnSelection();
    document.body.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    vi.advanceTimersByTime(10);
    expect(cardText()).toBeNull();
    expect(shadow().querySelector<HTMLElement>('.cx-selection-layer')!.hidden).toBe(true);
  });
});

describe('reveal', () => {
  const note = (target: StoredNote['target']): StoredNote => ({
    id: 'n2',
    articleKey: 'news.example/talks',
    body: 'Remember this',
    tags: ['iraq'],
    createdAt: 0,
    updatedAt: 0,
    target,
  });

  it('re-anchors a quote, flashes it and shows the note', () => {
    const text = fixture.map.text;
    const start = text.indexOf('planned since October');
    const quote = { exact: 'planned since October', prefix: text.slice(start - 20, start), suffix: text.slice(start + 21, start + 41), start: start + 5, end: start + 26 };
    expect(overlay.reveal(note({ kind: 'quote', quote }))).toBe(true);
    expect(highlights.get('contexte-active')!.ranges[0]!.toString()).toBe('planned since October');
    expect(cardText()).toContain('Remember this');
    expect(cardText()).toContain('#iraq');
    vi.advanceTimersByTime(2000);
    expect(highlights.get('contexte-active')!.ranges[0]!.toString()).toBe('planned since October');
  });

  it('returns false when the passage is gone', () => {
    const quote = { exact: 'a sentence this article never had', prefix: '', suffix: '', start: 0, end: 33 };
    expect(overlay.reveal(note({ kind: 'quote', quote }))).toBe(false);
    expect(cardText()).toBeNull();
  });

  it('opens the card of an actor note at its first mention', () => {
    expect(overlay.reveal(note({ kind: 'actor', actorId: 'hadi-al-amiri', name: 'Hadi al-Amiri', actorKind: 'person' }))).toBe(true);
    expect(cardText()).toContain('1 of 2');
    expect(cardText()).toContain('Remember this');
    expect(overlay.reveal(note({ kind: 'actor', actorId: 'someone-else', name: 'X', actorKind: 'person' }))).toBe(false);
  });
});

describe('update', () => {
  it('keeps the open card on the same actor after the page is annotated again', () => {
    pointAt(AL_AMIRI);
    vi.advanceTimersByTime(300);
    const paragraph = document.createElement('p');
    paragraph.textContent = 'A new paragraph about Hadi al-Amiri.';
    document.querySelector('article')!.append(paragraph);
    const fresh = annotateArticle();
    overlay.update(fresh.annotations, fresh.map);
    expect(cardText()).toContain('Hadi al-Amiri');
    expect(cardText()).toContain('2 of 2');
  });

  it('closes the card of an actor the new text no longer mentions', () => {
    pointAt(JEAN);
    vi.advanceTimersByTime(300);
    expect(cardText()).toContain('Jean Dupuis-Ferrand');
    overlay.update({ ...fixture.annotations, actors: [fixture.amiri] }, fixture.map);
    expect(cardText()).toBeNull();
  });
});

