/**
 * Everything the reader sees and does on the article page, hosted in one shadow root: hover and
 * focus cards for mentions, the keyboard list, the selection button, the note editor, and
 * revealing a saved note. The annotator mounts it once the page is highlighted; everything it
 * attaches is released when `signal` aborts or `destroy()` is called.
 */
import { Fragment, h, render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ArticleRef, NoteDraft, StoredNote } from '../../messaging/protocol';
import type { PageAnnotations } from '../../recognition/types';
import type { NoteTarget, QuoteSelector } from '../../storage/schema';
import { offsetAt, rangeForOffsets, type TextMap } from '../text-map';
import { mentionAtPoint, type SortedSpans } from '../hit-test';
import { applyHighlights } from '../highlight';
import { anchorQuote } from '../anchor';
import { sentenceAt } from '../sentence';
import { CARD_MAX_HEIGHT, CARD_WIDTH, pageUiCss } from '../../components/page-ui/styles';
import { CardLayer, type CardLayerProps, type CardModel, type EditorModel, type SavedNoteModel } from '../../components/page-ui/card-layer';
import { EntityList, type ListChoice } from '../../components/page-ui/entity-list';
import { SelectionButton } from '../../components/page-ui/selection-button';
import { excerpt } from '../../components/page-ui/passage-card';
import { formatDateValue } from '../../components/page-ui/format-date';
import type { Translate, UiLang } from '../../components/page-ui/i18n';
import { createOverlayHost } from './host';
import { createHoverIntent } from './hover-intent';
import { findTargetAgain, firstTargetWithin, indexMentions, sameTarget, targetSpan, type MentionTarget } from './mentions';
import {
  applyPlacement,
  keepCardPlaced,
  keepPlaced,
  measureLine,
  placeCard,
  rangeReference,
  viewportSize,
  whenIdle,
  type CardGeometry,
  type CardPlacement,
} from './placement';
import { isEditable, selectedPassage, type SelectedPassage } from './selection';
import { scrollRangeIntoView } from './scroll';
import { listenToPage, type PointerState } from './page-events';
import { locateNote, noteTargetOf } from './locate';

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

/** Cards sit 8 px from their line and at least 8 px inside the viewport. */
const cardGeometry: CardGeometry = { width: CARD_WIDTH, maxHeight: CARD_MAX_HEIGHT, gap: 8, padding: 8 };

/** The first card is warmed up when the page is idle after mounting, or after this long (ms). */
const WARM_UP_WITHIN_MS = 2000;

/** How a mention card was opened: it decides what closes it. */
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

type MentionCardState = CardState & { kind: 'mention' };

/** A hover card rendered ahead of its delay: what it shows, its passage and where it was placed. */
interface Staged {
  state: MentionCardState;
  range: Range;
  placement: CardPlacement;
}

/** Marks the card layer while it holds a card rendered ahead of time (hidden, but laid out and painted). */
const STAGED_ATTRIBUTE = 'data-staged';

/** Mounts the in-page UI. */
export function mountOverlay(options: OverlayOptions): Overlay {
  const { doc, win, t, uiLang } = options;
  const timing = { ...defaultTiming, ...options.timing };
  const hitTest: HitTest = options.hitTest ?? mentionAtPoint;
  const life = new AbortController();
  const timers = new Set<number>();
  let annotations = options.annotations;
  let map = options.map;
  let index = indexMentions(annotations);
  let destroyed = false;

  const ui = createOverlayHost(doc, win, pageUiCss, uiLang);

  let card: CardState | null = null;
  let cardRange: Range | null = null;
  let stopCardPlacement: (() => void) | null = null;
  let listOpen = false;
  let selection: SelectedPassage | null = null;
  let stopSelectionPlacement: (() => void) | null = null;
  /** Where focus was before a keyboard path moved it into our UI. */
  let returnFocus: HTMLElement | null = null;
  let clearActive: () => void = () => {};
  /** The pending frame that will change the active highlight, or 0. */
  let activeFrame = 0;
  let staged: Staged | null = null;
  let stagingTimer: number | null = null;
  let flash: { range: Range; timer: number } | null = null;
  let editorSerial = 0;

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

  const intent = createHoverIntent<MentionTarget>({
    showDelay: timing.showDelay,
    hideDelay: timing.hideDelay,
    same: sameTarget,
    timers: { setTimeout: later, clearTimeout: cancel },
    show: (target) => {
      if (card?.kind === 'mention' && sameTarget(card.target, target)) return;
      // A card the reader is writing in or has moved focus into stays put.
      if (card && (card.editor || focusInside(ui.card))) return;
      if (staged && sameTarget(staged.state.target, target)) return showStaged(staged);
      openMentionCard(target, { origin: 'hover', pinned: false, autoFocus: false });
    },
    hide: () => {
      if (card?.kind === 'mention' && card.origin === 'hover' && !card.pinned) closeCard();
    },
    prepare: (target) => {
      if (stagingTimer !== null) cancel(stagingTimer);
      stagingTimer = null;
      if (!target) return unstage();
      // Once the pointer has rested a while (not on every mention it crosses).
      stagingTimer = later(() => {
        stagingTimer = null;
        stage(target);
      }, timing.showDelay / 2);
    },
  });

  // ---- The card -----------------------------------------------------------------------------

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

  const rangeFor = (target: MentionTarget): Range | null => {
    const span = targetSpan(target);
    return rangeForOffsets(map, span.start, span.end);
  };

  const editorFor = (state: CardState): EditorModel | null => {
    if (!state.editor) return null;
    if (state.kind === 'passage') {
      const closeWhenCurrent = () => card === state && closeCard();
      return {
        key: `passage-${editorSerial}`,
        targetLabel: state.quote ? t('note_target_quote', excerpt(state.quote.exact, 60)) : t('note_target_article'),
        onSave: save(state.quote ? { kind: 'quote', quote: state.quote } : { kind: 'article' }),
        onCancel: closeWhenCurrent,
        onSaved: closeWhenCurrent,
      };
    }
    const subject = state.target;
    const closeEditor = () => card === state && setCard({ ...state, editor: false });
    return {
      key: `mention-${editorSerial}`,
      targetLabel:
        subject.kind === 'actor' ? t('note_target_actor', subject.actor.name) : t('note_target_date', formatDateValue(subject.date, uiLang)),
      onSave: save(noteTargetOf(subject)),
      onCancel: closeEditor,
      onSaved: closeEditor,
    };
  };

  const cardModel = (state: CardState): CardModel => {
    const editor = editorFor(state);
    if (state.kind === 'passage') {
      return { kind: 'passage', title: state.title, quote: state.quote?.exact, autoFocus: state.autoFocus, editor, saved: state.saved };
    }
    const target = state.target;
    return {
      kind: 'mention',
      subject:
        target.kind === 'actor'
          ? { kind: 'actor', actor: target.actor, mentionIndex: target.mentionIndex }
          : { kind: 'date', date: target.date, sentence: sentenceAt(map.text, target.date.start).text || null },
      autoFocus: state.autoFocus,
      editor,
      saved: state.saved,
      onMention: (mentionIndex) => {
        if (card !== state || target.kind !== 'actor') return;
        const next: MentionTarget = { ...target, mentionIndex };
        const range = rangeFor(next);
        if (range) scrollRangeIntoView(range, win);
        // Travelling between mentions moves the card away from the pointer: keep it open.
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

  const cardProps = (state: CardState): CardLayerProps => ({
    card: cardModel(state),
    t,
    uiLang,
    referenceIsToday: annotations.referenceIsToday === true,
    onClose: closeCard,
  });

  /** Replaces the card state and redraws the card layer. */
  const setCard = (next: CardState | null) => {
    dropStaged();
    card = next;
    const range = !next ? null : next.kind === 'passage' ? next.range : rangeFor(next.target);
    const moved = !range || !cardRange || !sameRange(range, cardRange);
    // Where the card goes is read before anything is written: layout is clean now, and reading
    // it after rendering the card would make the browser lay the page out an extra time.
    // A hover card sits by the line the pointer is on (a mention can wrap onto two lines).
    const pointer = next?.kind === 'mention' && next.origin === 'hover' ? events.lastPointer() : null;
    const anchor = moved && range ? measureLine(range, pointer ?? undefined) : null;
    const viewport = anchor ? viewportSize(doc) : null;
    ui.ensureAttached();
    if (!next) {
      render(null, ui.card);
      ui.card.hidden = true;
    } else {
      render(h(CardLayer, cardProps(next)), ui.card);
      ui.card.hidden = false;
    }
    if (moved) {
      stopCardPlacement?.();
      stopCardPlacement =
        range && anchor && viewport ? keepCardPlaced({ range, anchor, viewport, layer: ui.card, geometry: cardGeometry, win }) : null;
      cardRange = range;
    }
    paintActive({ nextFrame: moved && next?.kind === 'mention' && next.origin === 'hover' });
  };

  // ---- A hover card rendered ahead of its delay ----------------------------------------------

  /**
   * While the pointer rests on a mention and no card is shown, its card is rendered, placed and
   * painted ahead of time in the card layer, which stays `hidden` (transparent and inert, see
   * the stylesheet). When the delay has passed the layer is only unhidden: the frame that shows
   * the card has no new elements to style, lay out or paint.
   */
  const stage = (target: MentionTarget) => {
    if (destroyed || card || !ui.card.hidden) return;
    const range = rangeFor(target);
    if (!range) return;
    const pointer = events.lastPointer();
    const anchor = measureLine(range, pointer ?? undefined);
    const placement = placeCard(anchor.rect, viewportSize(doc), cardGeometry);
    const state: MentionCardState = { kind: 'mention', target, origin: 'hover', pinned: false, autoFocus: false, editor: false, saved: null };
    ui.ensureAttached();
    ui.card.setAttribute(STAGED_ATTRIBUTE, '');
    ui.card.inert = true;
    render(h(CardLayer, cardProps(state)), ui.card);
    applyPlacement(ui.card, placement);
    staged = { state, range, placement };
  };

  /** Forgets the card rendered ahead (its content stays until the layer is rendered again). */
  const dropStaged = () => {
    if (!staged && !ui.card.hasAttribute(STAGED_ATTRIBUTE)) return;
    staged = null;
    ui.card.removeAttribute(STAGED_ATTRIBUTE);
    ui.card.inert = false;
  };

  /** The pointer left before the delay: the card rendered ahead goes. */
  const unstage = () => {
    if (!staged) return;
    dropStaged();
    if (!card) render(null, ui.card);
  };

  const showStaged = (ready: Staged) => {
    const { state, range } = ready;
    // Layout is clean here: the card was laid out while the pointer rested.
    const anchor = measureLine(range, events.lastPointer() ?? undefined);
    const viewport = viewportSize(doc);
    dropStaged();
    card = state;
    ui.ensureAttached();
    ui.card.hidden = false;
    stopCardPlacement?.();
    stopCardPlacement = keepCardPlaced({ range, anchor, viewport, layer: ui.card, geometry: cardGeometry, win, placed: ready.placement });
    cardRange = range;
    paintActive({ nextFrame: true });
    intent.shownElsewhere(state.target);
  };

  /**
   * The first card of a page would pay for code run for the first time (the components, date
   * formatting) and for the first layout and paint of its text in our fonts. Once the page is
   * idle after mounting, an actor card and a date card of this page are rendered, fully
   * transparent and inert, for one frame, so the reader's first hover finds all of it warm.
   */
  let warmLayer: HTMLElement | null = null;
  const endWarmUp = () => {
    if (!warmLayer) return;
    render(null, warmLayer);
    warmLayer.remove();
    warmLayer = null;
  };
  const warmUp = () => {
    const subjects = [index.targets.find((target) => target.kind === 'actor'), index.targets.find((target) => target.kind === 'date')];
    const states = subjects.flatMap((target): CardState[] =>
      target ? [{ kind: 'mention', target, origin: 'hover', pinned: false, autoFocus: false, editor: false, saved: null }] : [],
    );
    if (destroyed || states.length === 0) return;
    const layer = doc.createElement('div');
    layer.className = 'cx-layer';
    layer.setAttribute('aria-hidden', 'true');
    layer.setAttribute('inert', '');
    // Transparent but painted: `will-change` keeps the browser from skipping a layer it cannot see.
    for (const [property, value] of [['opacity', '0'], ['will-change', 'opacity'], ['pointer-events', 'none']]) {
      layer.style.setProperty(property as string, value as string);
    }
    ui.root.append(layer);
    warmLayer = layer;
    render(h(Fragment, null, ...states.map((state) => h(CardLayer, cardProps(state)))), layer);
    win.requestAnimationFrame(() => later(endWarmUp, 0));
  };
  const warming = whenIdle(win, () => guard(warmUp), WARM_UP_WITHIN_MS);

  /**
   * The `contexte-active` highlight: the flashed passage, else the card's mention or passage.
   * With `nextFrame` (a hover card opening) it changes in the frame after the one that shows the
   * card: changing the page's highlights makes the browser repaint every highlighted text, which
   * would otherwise delay the card.
   */
  const paintActive = (when: { nextFrame?: boolean } = {}) => {
    if (activeFrame !== 0) win.cancelAnimationFrame(activeFrame);
    activeFrame = 0;
    const apply = () => {
      clearActive();
      const range = flash?.range ?? cardRange;
      clearActive = range ? applyHighlights({ active: [range] }, win) : () => {};
    };
    if (!when.nextFrame) return apply();
    activeFrame = win.requestAnimationFrame(() => {
      activeFrame = win.requestAnimationFrame(() => {
        activeFrame = 0;
        guard(apply);
      });
    });
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

  // ---- Focus ---------------------------------------------------------------------------------

  const focusInside = (element: HTMLElement) => {
    const active = ui.shadow.activeElement;
    return active !== null && element.contains(active);
  };

  const rememberFocus = () => {
    if (focusInside(ui.root)) return;
    const active = doc.activeElement;
    returnFocus = isElement(active) && active !== doc.body && typeof (active as HTMLElement).focus === 'function' ? (active as HTMLElement) : null;
  };

  const restoreFocus = () => {
    const target = returnFocus;
    returnFocus = null;
    if (target?.isConnected) target.focus({ preventScroll: true });
  };

  /** The first mention inside a focused page element (a link around a name). */
  const mentionWithin = (element: Element): MentionTarget | null => {
    if (isEditable(element) || !keyboardFocused(element)) return null;
    const start = offsetAt(map, element, 0);
    const end = offsetAt(map, element, element.childNodes.length);
    if (start === null || end === null || end <= start) return null;
    return firstTargetWithin(index, start, end);
  };

  // ---- The keyboard list ---------------------------------------------------------------------

  const focusListInput = () => ui.list.querySelector<HTMLInputElement>('input')?.focus({ preventScroll: true });

  const renderList = () =>
    render(h(EntityList, { actors: annotations.actors, dates: annotations.dates, t, uiLang, onChoose: choose, onClose: closeList }), ui.list);

  const openList = () => {
    if (listOpen) return void focusListInput();
    rememberFocus();
    ui.ensureAttached();
    listOpen = true;
    ui.list.style.setProperty('left', 'auto');
    ui.list.style.setProperty('right', '16px');
    ui.list.style.setProperty('top', '16px');
    renderList();
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

  // ---- Selection -----------------------------------------------------------------------------

  const hideSelectionButton = () => {
    if (!selection) return;
    selection = null;
    stopSelectionPlacement?.();
    stopSelectionPlacement = null;
    render(null, ui.selection);
    ui.selection.hidden = true;
  };

  const checkSelection = () => {
    // A note being written keeps its place; selecting text meanwhile offers nothing new.
    const passage = card?.editor ? null : selectedPassage(win, map);
    if (!passage) return hideSelectionButton();
    selection = passage;
    // Beside the line where the mouse let go, when it was the mouse; read before rendering.
    const pointer = events.lastPointer();
    const reference = rangeReference(passage.range, pointer ?? undefined);
    ui.ensureAttached();
    stopSelectionPlacement?.();
    render(h(SelectionButton, { t, onAddNote: () => selection && openPassageEditor(selection) }), ui.selection);
    ui.selection.hidden = false;
    stopSelectionPlacement = keepPlaced(reference, ui.selection, { placement: 'top-end', gap: 6 });
  };

  const openPassageEditor = (passage: SelectedPassage) => {
    hideSelectionButton();
    editorSerial += 1;
    setCard({ kind: 'passage', range: passage.range, quote: passage.quote, title: t('note_passage_title'), editor: true, saved: null, autoFocus: false });
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
    const timer = later(() => {
      flash = null;
      paintActive();
    }, timing.flashMs);
    flash = { range, timer };
    paintActive();
  };

  const reveal = (note: StoredNote): boolean => {
    const found = locateNote(note, annotations, map);
    if (!found) return false;
    const saved: SavedNoteModel = { body: note.body, tags: note.tags };
    hideSelectionButton();
    scrollRangeIntoView(found.range, win);
    if (found.mention) {
      setCard({ kind: 'mention', target: found.mention, origin: 'keyboard', pinned: true, autoFocus: false, editor: false, saved });
    } else {
      const title = found.quote ? t('note_revealed_title') : t('note_target_article');
      setCard({ kind: 'passage', range: found.range, quote: found.quote, title, editor: false, saved, autoFocus: false });
    }
    intent.shownElsewhere(found.mention);
    flashRange(found.range);
    return true;
  };

  // ---- Page events ---------------------------------------------------------------------------

  const pointerOnCardRange = (x: number, y: number) =>
    cardRange !== null && Array.from(cardRange.getClientRects()).some((r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom);

  const onPointer = (pointer: PointerState | null) => {
    intent.overCard(pointer?.overCard ?? false);
    if (pointer?.overCard) return;
    if (!pointer || pointer.overUi) return intent.overMention(null);
    const found = hitTest(pointer.x, pointer.y, map, index.spans, doc);
    intent.overMention(found === null ? null : (index.targets[found] ?? null));
  };

  const events = listenToPage(
    doc,
    win,
    ui,
    {
      pointer: onPointer,
      pointerDown(where, x, y, pointerType) {
        // Clicking into a hover card keeps it open while the reader uses it.
        if (where === 'card' && card?.kind === 'mention') card.pinned = true;
        if (where !== 'page' || card?.editor) return;
        // Touch has no hover: a tap on a mention opens its card, a tap elsewhere closes it.
        const tapped = pointerType === 'touch' ? hitTest(x, y, map, index.spans, doc) : null;
        const target = tapped === null ? null : (index.targets[tapped] ?? null);
        if (target) return openMentionCard(target, { origin: 'keyboard', pinned: true, autoFocus: false });
        if (card && !(card.kind === 'mention' && pointerOnCardRange(x, y))) closeCard();
      },
      selectionMayChange: () => later(checkSelection, 0),
      selectionCleared: hideSelectionButton,
      escape() {
        if (card && !card.editor) closeCard();
        else hideSelectionButton();
      },
      focusIn(element) {
        const target = mentionWithin(element);
        if (target) {
          if (card && (card.editor || (card.kind === 'mention' && sameTarget(card.target, target)))) return;
          openMentionCard(target, { origin: 'focus', pinned: false, autoFocus: false });
        } else if (card?.kind === 'mention' && card.origin === 'focus') {
          closeCard();
        }
      },
      focusLost() {
        if (card?.kind !== 'mention' || card.origin !== 'focus') return;
        // Focus went nowhere (the window lost it, or the element went): the card goes too,
        // unless the reader moved into it in the meantime.
        later(() => {
          if (card?.kind === 'mention' && card.origin === 'focus' && !focusInside(ui.card) && doc.activeElement === doc.body) closeCard();
        }, timing.hideDelay);
      },
    },
    life.signal,
    report,
  );

  // ---- Lifecycle -----------------------------------------------------------------------------

  const update = (next: PageAnnotations, nextMap: TextMap) => {
    annotations = next;
    map = nextMap;
    index = indexMentions(next);
    unstage();
    hideSelectionButton();
    if (listOpen) renderList();
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
    life.abort();
    warming.cancel();
    endWarmUp();
    if (activeFrame !== 0) win.cancelAnimationFrame(activeFrame);
    intent.dispose();
    for (const id of timers) win.clearTimeout(id);
    timers.clear();
    stopCardPlacement?.();
    stopSelectionPlacement?.();
    clearActive();
    const hadFocus = focusInside(ui.root);
    // Unmounting runs the components' cleanups (their timers) before the host goes.
    render(null, ui.card);
    render(null, ui.list);
    render(null, ui.selection);
    ui.remove();
    if (hadFocus) restoreFocus();
  };

  if (options.signal.aborted) destroy();
  else options.signal.addEventListener('abort', destroy, { once: true });
  options.ctx?.onInvalidated(destroy);

  /** The public methods never throw into the caller, and do nothing once destroyed. */
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
