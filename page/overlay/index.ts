/**
 * Everything the reader sees and does on the article page, hosted in one shadow root: hover and
 * focus cards for mentions, the keyboard list, the selection button, the note editor, and
 * revealing a saved note. The annotator mounts it once the page is highlighted; everything it
 * attaches is released when `signal` aborts or `destroy()` is called.
 */
import { h, render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ArticleRef, NoteDraft, StoredNote } from '../../messaging/protocol';
import type { PageAnnotations } from '../../recognition/types';
import type { NoteTarget, QuoteSelector } from '../../storage/schema';
import type { TextMap } from '../text-map';
import { rangeForOffsets, offsetAt } from '../text-map';
import { mentionAtPoint, type SortedSpans } from '../hit-test';
import { applyHighlights } from '../highlight';
import { anchorQuote } from '../anchor';
import { sentenceAt } from '../sentence';
import { pageUiCss } from '../../components/page-ui/styles';
import { CardLayer, type CardModel, type EditorModel, type SavedNoteModel } from '../../components/page-ui/card-layer';
import { EntityList, type ListChoice } from '../../components/page-ui/entity-list';
import { SelectionButton } from '../../components/page-ui/selection-button';
import { excerpt } from '../../components/page-ui/passage-card';
import { formatDateValue } from '../../components/page-ui/format-date';
import type { Translate, UiLang } from '../../components/page-ui/i18n';
import { createOverlayHost, type OverlayHost } from './host';
import { createHoverIntent, type HoverIntent } from './hover-intent';
import {
  findTargetAgain,
  firstTargetWithin,
  indexMentions,
  sameTarget,
  targetSpan,
  type MentionIndex,
  type MentionTarget,
} from './mentions';
import { keepPlaced, rangeReference } from './placement';
import { isEditable, selectedPassage, type SelectedPassage } from './selection';
import { scrollRangeIntoView } from './scroll';

export type { Translate, UiLang };

/** The hit test's signature (`mentionAtPoint`); tests without caret-from-point pass their own. */
export type HitTest = (x: number, y: number, map: TextMap, spans: SortedSpans, doc: Document) => number | null;

export interface OverlayTiming {
  /** Rest on a mention this long before its card opens (ms). */
  showDelay: number;
  /** Time the pointer has to travel from the mention into the card (ms). */
  hideDelay: number;
  /** How long a revealed passage stays flashed (ms). */
  flashMs: number;
}

export interface OverlayOptions {
  doc: Document;
  win: Window;
  /** From recognition: actors with their mentions, and dates. */
  annotations: PageAnnotations;
  /** Text ↔ DOM of the article the annotations were made on. */
  map: TextMap;
  /** `(key, substitutions?) => string`, normally `browser.i18n.getMessage`. */
  t: Translate;
  uiLang: UiLang;
  /** Saves a note through the background; may throw `ProtocolFailure`. */
  saveNote(draft: NoteDraft): Promise<StoredNote>;
  /** Everything attached is released when it aborts. */
  signal: AbortSignal;
  /** The content script's context: the UI also goes when the extension is updated or removed. */
  ctx?: ContentScriptContext;
  /** The article notes belong to; by default from `annotations` and the page's canonical link. */
  article?: ArticleRef;
  timing?: Partial<OverlayTiming>;
  hitTest?: HitTest;
}

export interface Overlay {
  /** The page text changed and was annotated again. */
  update(annotations: PageAnnotations, map: TextMap): void;
  /** Opens the keyboard list of actors and dates (focus moves into it). */
  openList(): void;
  /** Opens the note editor on the current selection, if it lies in the article. */
  noteOnSelection(): void;
  /** Scrolls to a note's target, flashes it and shows the note; false when the passage is gone. */
  reveal(note: StoredNote): boolean;
  destroy(): void;
}

const defaultTiming: OverlayTiming = { showDelay: 250, hideDelay: 300, flashMs: 1600 };

type CardOrigin = 'hover' | 'focus' | 'keyboard';

/** The card on screen, as state. */
type CardState =
  | {
      kind: 'mention';
      target: MentionTarget;
      origin: CardOrigin;
      /** A pinned card ignores the pointer leaving; it closes on Escape, its button or a click elsewhere. */
      pinned: boolean;
      autoFocus: boolean;
      editor: boolean;
      saved: SavedNoteModel | null;
    }
  | {
      kind: 'passage';
      range: Range;
      quote: QuoteSelector | null;
      title: string;
      editor: boolean;
      saved: SavedNoteModel | null;
      autoFocus: boolean;
    };

/** Mounts the in-page UI. */
export function mountOverlay(options: OverlayOptions): Overlay {
  const { doc, win, t, uiLang, signal } = options;
  const timing = { ...defaultTiming, ...options.timing };
  const hitTest: HitTest = options.hitTest ?? mentionAtPoint;
  const listeners = new AbortController();
  const timers = new Set<number>();
  let annotations = options.annotations;
  let map = options.map;
  let index: MentionIndex = indexMentions(annotations);
  let destroyed = false;

  const ui: OverlayHost = createOverlayHost(doc, win, pageUiCss, uiLang);

  let card: CardState | null = null;
  let cardRange: Range | null = null;
  let stopCardPlacement: (() => void) | null = null;
  let listOpen = false;
  let selection: SelectedPassage | null = null;
  let stopSelectionPlacement: (() => void) | null = null;
  /** Where focus was before a keyboard path moved it into our UI. */
  let returnFocus: HTMLElement | null = null;
  let clearActive: () => void = () => {};
  let flash: { range: Range; timer: number } | null = null;
  let editorSerial = 0;
  /** Where the pointer last was (viewport coordinates) and whether it was over our UI. */
  let pointer: { x: number; y: number; overUi: boolean; overCard: boolean } | null = null;

  const later = (callback: () => void, ms: number): number => {
    const id = win.setTimeout(() => {
      timers.delete(id);
      guard(callback);
    }, ms);
    timers.add(id);
    return id;
  };
  const cancel = (id: number) => {
    win.clearTimeout(id);
    timers.delete(id);
  };

  const intent: HoverIntent<MentionTarget> = createHoverIntent<MentionTarget>({
    showDelay: timing.showDelay,
    hideDelay: timing.hideDelay,
    same: sameTarget,
    timers: { setTimeout: later, clearTimeout: cancel },
    show: (target) => {
      if (card?.kind === 'mention' && sameTarget(card.target, target)) return;
      if (card && (card.editor || focusInside(ui.card))) return;
      openMentionCard(target, { origin: 'hover', pinned: false, autoFocus: false });
    },
    hide: () => {
      if (card?.kind === 'mention' && card.origin === 'hover' && !card.pinned) closeCard();
    },
  });

  // ---- Rendering ---------------------------------------------------------------------------

  const article = (): ArticleRef =>
    options.article ?? {
      url: annotations.url,
      canonicalUrl: doc.querySelector<HTMLLinkElement>('link[rel~="canonical"]')?.href || null,
      title: annotations.title,
      publishedAt: annotations.publishedAt,
    };

  const save = (target: NoteTarget) => async (body: string, tags: string[]) => {
    await options.saveNote({ article: article(), body, tags, target });
  };

  const editorFor = (state: CardState): EditorModel | null => {
    if (!state.editor) return null;
    const closeEditor = () => {
      if (card === state) setCard({ ...state, editor: false });
    };
    if (state.kind === 'passage') {
      const target: NoteTarget = state.quote ? { kind: 'quote', quote: state.quote } : { kind: 'article' };
      return {
        key: `passage-${editorSerial}`,
        targetLabel: state.quote ? t('note_target_quote', excerpt(state.quote.exact, 60)) : t('note_target_article'),
        onSave: save(target),
        onCancel: () => closeCard(),
        onSaved: () => {
          if (card === state) closeCard();
        },
      };
    }
    const subject = state.target;
    const target: NoteTarget =
      subject.kind === 'actor'
        ? { kind: 'actor', actorId: subject.actor.id, name: subject.actor.name, actorKind: subject.actor.kind }
        : { kind: 'date', value: subject.date.value, text: subject.date.text };
    const label =
      subject.kind === 'actor'
        ? t('note_target_actor', subject.actor.name)
        : t('note_target_date', formatDateValue(subject.date, uiLang));
    return { key: `mention-${editorSerial}`, targetLabel: label, onSave: save(target), onCancel: closeEditor, onSaved: closeEditor };
  };

  const cardModel = (state: CardState): CardModel => {
    if (state.kind === 'passage') {
      return {
        kind: 'passage',
        title: state.title,
        quote: state.quote?.exact,
        autoFocus: state.autoFocus,
        editor: editorFor(state),
        saved: state.saved,
      };
    }
    const target = state.target;
    return {
      kind: 'mention',
      subject:
        target.kind === 'actor'
          ? { kind: 'actor', actor: target.actor, mentionIndex: target.mentionIndex }
          : { kind: 'date', date: target.date, sentence: sentenceAt(map.text, target.date.start).text || null },
      autoFocus: state.autoFocus,
      editor: editorFor(state),
      saved: state.saved,
      onMention: (mentionIndex) => {
        if (card !== state || target.kind !== 'actor') return;
        const next: MentionTarget = { ...target, mentionIndex };
        const range = rangeFor(next);
        if (range) scrollRangeIntoView(range, win);
        setCard({ ...state, target: next, pinned: true, autoFocus: false });
        intent.shownElsewhere(next);
      },
      onAddNote: () => {
        if (card !== state) return;
        editorSerial += 1;
        setCard({ ...state, editor: true, pinned: true, autoFocus: false });
      },
    };
  };

  const rangeFor = (target: MentionTarget): Range | null => {
    const span = targetSpan(target);
    return rangeForOffsets(map, span.start, span.end);
  };

  /** Replaces the card state and redraws the card layer. */
  const setCard = (next: CardState | null) => {
    const previous = card;
    card = next;
    if (!next) {
      stopCardPlacement?.();
      stopCardPlacement = null;
      cardRange = null;
      render(null, ui.card);
      ui.card.hidden = true;
      paintActive();
      return;
    }
    const range = next.kind === 'passage' ? next.range : rangeFor(next.target);
    render(
      h(CardLayer, { card: cardModel(next), t, uiLang, referenceIsToday: annotations.referenceIsToday === true, onClose: () => closeCard() }),
      ui.card,
    );
    ui.card.hidden = false;
    const moved = !previous || !range || !cardRange || !sameRange(range, cardRange);
    if (moved) {
      stopCardPlacement?.();
      // A hover card sits by the line the pointer is on (a mention can wrap onto two lines).
      const point = next.kind === 'mention' && next.origin === 'hover' && pointer ? pointer : undefined;
      stopCardPlacement = range ? keepPlaced(rangeReference(range, point), ui.card) : null;
      cardRange = range;
    }
    paintActive();
  };

  /** The `contexte-active` highlight: the flashed passage, else the card's mention or passage. */
  const paintActive = () => {
    clearActive();
    const range = flash?.range ?? cardRange;
    clearActive = range ? applyHighlights({ active: [range] }, win) : () => {};
  };

  const openMentionCard = (target: MentionTarget, how: { origin: CardOrigin; pinned: boolean; autoFocus: boolean }) => {
    setCard({ kind: 'mention', target, ...how, editor: false, saved: null });
    intent.shownElsewhere(target);
  };

  /** Closes the card; when focus was in it, focus goes back to the list or where it came from. */
  const closeCard = () => {
    if (!card) return;
    const hadFocus = focusInside(ui.card);
    setCard(null);
    intent.shownElsewhere(null);
    if (!hadFocus) return;
    if (listOpen) focusListInput();
    else restoreFocus();
  };

  const restoreFocus = () => {
    const target = returnFocus;
    returnFocus = null;
    if (target?.isConnected) target.focus({ preventScroll: true });
  };

  const rememberFocus = () => {
    if (focusInside(ui.root)) return;
    const active = doc.activeElement;
    returnFocus = isElement(active) && active !== doc.body && typeof (active as HTMLElement).focus === 'function' ? (active as HTMLElement) : null;
  };

  const focusInside = (element: HTMLElement) => {
    const active = ui.shadow.activeElement;
    return active !== null && element.contains(active);
  };

  // ---- The keyboard list ---------------------------------------------------------------------

  const focusListInput = () => ui.list.querySelector<HTMLInputElement>('input')?.focus({ preventScroll: true });

  const openList = () => {
    if (listOpen) {
      focusListInput();
      return;
    }
    rememberFocus();
    listOpen = true;
    ui.list.style.setProperty('left', 'auto');
    ui.list.style.setProperty('right', '16px');
    ui.list.style.setProperty('top', '16px');
    render(h(EntityList, { actors: annotations.actors, dates: annotations.dates, t, uiLang, onChoose: choose, onClose: closeList }), ui.list);
    ui.list.hidden = false;
  };

  const closeList = () => {
    if (!listOpen) return;
    const hadFocus = focusInside(ui.list);
    listOpen = false;
    render(null, ui.list);
    ui.list.hidden = true;
    if (!hadFocus) return;
    // A card chosen from the list is still open: focus goes there, a second Escape closes it.
    const dialog = card ? ui.card.querySelector<HTMLElement>('[role="dialog"]') : null;
    if (dialog) dialog.focus({ preventScroll: true });
    else restoreFocus();
  };

  const choose = (choice: ListChoice) => {
    const target: MentionTarget =
      choice.kind === 'actor' ? { kind: 'actor', actor: choice.actor, mentionIndex: 0 } : { kind: 'date', date: choice.date };
    const range = rangeFor(target);
    if (range) scrollRangeIntoView(range, win);
    openMentionCard(target, { origin: 'keyboard', pinned: true, autoFocus: true });
  };

  // ---- Selection and notes on passages -------------------------------------------------------

  const hideSelectionButton = () => {
    if (!selection) return;
    selection = null;
    stopSelectionPlacement?.();
    stopSelectionPlacement = null;
    render(null, ui.selection);
    ui.selection.hidden = true;
  };

  const showSelectionButton = (passage: SelectedPassage) => {
    selection = passage;
    stopSelectionPlacement?.();
    render(h(SelectionButton, { t, onAddNote: () => selection && openPassageEditor(selection) }), ui.selection);
    ui.selection.hidden = false;
    // Beside the line where the mouse let go, when it was the mouse.
    stopSelectionPlacement = keepPlaced(rangeReference(passage.range, pointer ?? undefined), ui.selection, { placement: 'top-end', gap: 6 });
  };

  const checkSelection = () => {
    // A note being written keeps its place; selecting text meanwhile offers nothing new.
    if (card?.editor) return hideSelectionButton();
    const passage = selectedPassage(win, map);
    if (passage) showSelectionButton(passage);
    else hideSelectionButton();
  };

  const openPassageEditor = (passage: SelectedPassage) => {
    hideSelectionButton();
    editorSerial += 1;
    setCard({
      kind: 'passage',
      range: passage.range,
      quote: passage.quote,
      title: t('note_passage_title'),
      editor: true,
      saved: null,
      autoFocus: false,
    });
    intent.shownElsewhere(null);
  };

  const noteOnSelection = () => {
    const passage = selectedPassage(win, map);
    if (!passage) return;
    rememberFocus();
    openPassageEditor(passage);
  };

  // ---- Revealing a saved note ----------------------------------------------------------------

  const flashRange = (range: Range) => {
    if (flash) cancel(flash.timer);
    flash = {
      range,
      timer: later(() => {
        flash = null;
        paintActive();
      }, timing.flashMs),
    };
    paintActive();
  };

  const reveal = (note: StoredNote): boolean => {
    const saved: SavedNoteModel = { body: note.body, tags: note.tags };
    const target = note.target;
    let range: Range | null = null;
    let state: CardState | null = null;
    if (target.kind === 'quote') {
      const match = anchorQuote(map.text, target.quote);
      range = match ? rangeForOffsets(map, match.start, match.end) : null;
      if (range && match) {
        const quote = { ...target.quote, start: match.start, end: match.end, exact: map.text.slice(match.start, match.end) };
        state = { kind: 'passage', range, quote, title: t('note_revealed_title'), editor: false, saved, autoFocus: false };
      }
    } else if (target.kind === 'article') {
      const firstBreak = map.text.indexOf('\n');
      range = rangeForOffsets(map, 0, firstBreak > 0 ? firstBreak : Math.min(map.text.length, 200));
      if (range) state = { kind: 'passage', range, quote: null, title: t('note_target_article'), editor: false, saved, autoFocus: false };
    } else {
      const mention: MentionTarget | null =
        target.kind === 'actor'
          ? findActorTarget(target.actorId)
          : findDateTarget(target.value);
      range = mention ? rangeFor(mention) : null;
      if (mention && range) {
        state = { kind: 'mention', target: mention, origin: 'keyboard', pinned: true, autoFocus: false, editor: false, saved };
      }
    }
    if (!range || !state) return false;
    hideSelectionButton();
    scrollRangeIntoView(range, win);
    setCard(state);
    intent.shownElsewhere(state.kind === 'mention' ? state.target : null);
    flashRange(range);
    return true;
  };

  const findActorTarget = (actorId: string): MentionTarget | null => {
    const actor = annotations.actors.find((candidate) => candidate.id === actorId && candidate.mentions.length > 0);
    return actor ? { kind: 'actor', actor, mentionIndex: 0 } : null;
  };

  const findDateTarget = (value: string): MentionTarget | null => {
    const date = annotations.dates
      .filter((candidate) => candidate.value === value)
      .sort((a, b) => a.start - b.start)[0];
    return date ? { kind: 'date', date } : null;
  };

  // ---- Page events ---------------------------------------------------------------------------

  let frame = 0;

  const checkPointer = () => {
    frame = 0;
    if (!pointer || destroyed) return;
    intent.overCard(pointer.overCard);
    if (pointer.overCard) return;
    if (pointer.overUi) return intent.overMention(null);
    const found = hitTest(pointer.x, pointer.y, map, index.spans, doc);
    intent.overMention(found === null ? null : (index.targets[found] ?? null));
  };

  const schedulePointerCheck = () => {
    if (frame === 0) frame = win.requestAnimationFrame(() => guard(checkPointer));
  };

  const on = <K extends keyof DocumentEventMap>(type: K, handler: (event: DocumentEventMap[K]) => void, capture = false) =>
    doc.addEventListener(type, (event) => guard(() => handler(event)), { passive: true, capture, signal: listeners.signal });

  on('pointermove', (event) => {
    if (event.pointerType === 'touch') return;
    const overUi = ui.contains(event);
    pointer = { x: event.clientX, y: event.clientY, overUi, overCard: overUi && event.composedPath().includes(ui.card) };
    schedulePointerCheck();
  });

  on('pointerout', (event) => {
    // Leaving the window: the pointer is over nothing of ours any more.
    if (event.relatedTarget !== null || event.pointerType === 'touch') return;
    pointer = null;
    intent.overCard(false);
    intent.overMention(null);
  });

  on(
    'scroll',
    () => {
      if (pointer && !pointer.overUi) schedulePointerCheck();
    },
    true,
  );

  on(
    'pointerdown',
    (event) => {
      if (ui.contains(event)) {
        // Clicking into a hover card keeps it open while the reader uses it.
        if (card?.kind === 'mention' && event.composedPath().includes(ui.card)) card.pinned = true;
        return;
      }
      if (!card || card.editor) return;
      const onOwnMention = card.kind === 'mention' && pointerOnRange(event.clientX, event.clientY);
      if (!onOwnMention) closeCard();
    },
    true,
  );

  on('mouseup', (event) => {
    if (ui.contains(event)) return;
    later(checkSelection, 0);
  });

  on('keyup', (event) => {
    if (ui.contains(event) || isEditable(event.target as Node | null)) return;
    if (event.key === 'Escape') return;
    later(checkSelection, 0);
  });

  on('selectionchange', () => {
    if (!selection) return;
    const current = win.getSelection();
    if (!current || current.isCollapsed) hideSelectionButton();
  });

  on('keydown', (event) => {
    if (event.key !== 'Escape' || ui.contains(event)) return;
    if (card && !card.editor) closeCard();
    else hideSelectionButton();
  });

  on('focusin', (event) => {
    if (ui.contains(event)) return;
    const element = isElement(event.target) ? event.target : null;
    const target = element && !isEditable(element) && keyboardFocused(element) ? mentionWithin(element) : null;
    if (target) {
      if (card && (card.editor || (card.kind === 'mention' && sameTarget(card.target, target)))) return;
      openMentionCard(target, { origin: 'focus', pinned: false, autoFocus: false });
    } else if (card?.kind === 'mention' && card.origin === 'focus') {
      closeCard();
    }
  });

  on('focusout', (event) => {
    if (event.relatedTarget === null && card?.kind === 'mention' && card.origin === 'focus' && !focusInside(ui.card)) {
      // Focus left the page's elements for nothing (e.g. the window lost focus): keep the card
      // only if the reader is using it.
      later(() => {
        if (card?.kind === 'mention' && card.origin === 'focus' && doc.activeElement === doc.body) closeCard();
      }, timing.hideDelay);
    }
  });

  const pointerOnRange = (x: number, y: number) =>
    cardRange !== null && Array.from(cardRange.getClientRects()).some((r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom);

  const mentionWithin = (element: Element): MentionTarget | null => {
    const start = offsetAt(map, element, 0);
    const end = offsetAt(map, element, element.childNodes.length);
    if (start === null || end === null || end <= start) return null;
    return firstTargetWithin(index, start, end);
  };

  // ---- Lifecycle -----------------------------------------------------------------------------

  const update = (next: PageAnnotations, nextMap: TextMap) => {
    if (destroyed) return;
    annotations = next;
    map = nextMap;
    index = indexMentions(next);
    hideSelectionButton();
    if (listOpen) {
      render(h(EntityList, { actors: next.actors, dates: next.dates, t, uiLang, onChoose: choose, onClose: closeList }), ui.list);
    }
    if (!card) return;
    if (card.kind === 'mention') {
      const again = findTargetAgain(next, card.target);
      if (again) setCard({ ...card, target: again, autoFocus: false });
      else if (!card.editor) closeCard();
    } else if (card.quote) {
      const match = anchorQuote(nextMap.text, card.quote);
      const range = match ? rangeForOffsets(nextMap, match.start, match.end) : null;
      if (range) setCard({ ...card, range, autoFocus: false });
      else if (!card.editor) closeCard();
    }
  };

  const destroy = () => {
    if (destroyed) return;
    destroyed = true;
    listeners.abort();
    intent.dispose();
    if (frame !== 0) win.cancelAnimationFrame(frame);
    for (const id of timers) win.clearTimeout(id);
    timers.clear();
    stopCardPlacement?.();
    stopSelectionPlacement?.();
    clearActive();
    flash = null;
    const hadFocus = focusInside(ui.root);
    // Unmounting runs the components' cleanups (their timers) before the host goes.
    render(null, ui.card);
    render(null, ui.list);
    render(null, ui.selection);
    ui.remove();
    if (hadFocus) restoreFocus();
  };

  if (signal.aborted) destroy();
  else signal.addEventListener('abort', destroy, { once: true });
  options.ctx?.onInvalidated(destroy);

  const guarded =
    <A extends unknown[], R>(fn: (...args: A) => R, fallback: R) =>
    (...args: A): R => {
      if (destroyed) return fallback;
      try {
        return fn(...args);
      } catch (error) {
        report(error);
        return fallback;
      }
    };

  return {
    update: guarded(update, undefined),
    openList: guarded(openList, undefined),
    noteOnSelection: guarded(noteOnSelection, undefined),
    reveal: guarded(reveal, false),
    destroy: guarded(destroy, undefined),
  };
}

/** An element of any realm (`instanceof` fails across the content script's world boundary). */
function isElement(value: unknown): value is Element {
  return typeof value === 'object' && value !== null && (value as Node).nodeType === 1;
}

/** Whether two ranges cover the same text (false for ranges that cannot be compared). */
function sameRange(a: Range, b: Range): boolean {
  try {
    return a.compareBoundaryPoints(a.START_TO_START, b) === 0 && a.compareBoundaryPoints(a.END_TO_END, b) === 0;
  } catch {
    return false;
  }
}

/** Whether focus reached `element` from the keyboard (a click on a link should not open a card). */
function keyboardFocused(element: Element): boolean {
  try {
    return element.matches(':focus-visible');
  } catch {
    return true;
  }
}

/** Runs `fn`; a failure of ours is logged, never thrown into the page's event dispatch. */
function guard(fn: () => void): void {
  try {
    fn();
  } catch (error) {
    report(error);
  }
}

function report(error: unknown): void {
  console.warn('[Contexte] overlay:', error);
}
