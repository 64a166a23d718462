/**
 * A windowed list: only the rows in (or near) the viewport are in the DOM, absolutely placed in
 * a spacer as tall as every row together. Rows are measured as they render (ResizeObserver), and
 * rows not measured yet count at `estimatedHeight`. Scrolling is read by a passive listener and
 * applied once per animation frame; when rows above the viewport turn out taller or shorter than
 * estimated, the scroll position is corrected so what the reader looks at does not jump.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { buildOffsets, rowAt, uniformOffsets, visibleRange, type RowRange } from './window-range';

export interface VirtualListProps {
  count: number;
  /** Stable key of a row (the note id), or null while its data is still loading. */
  keyOf(index: number): string | null;
  renderRow(index: number): ComponentChildren;
  estimatedHeight: number;
  /** Rows rendered beyond each edge of the viewport, so Tab and small scrolls find them ready. */
  overscan?: number;
  /** Rows kept in the DOM even when scrolled away (the one being edited). */
  pinned?: readonly number[];
  /** Changes whenever row data changes, so heights are looked up again. */
  dataVersion: unknown;
  /** When it changes, the list scrolls back to the top (a new search). */
  resetKey: unknown;
  /** Told which rows are rendered, to fetch their data. */
  onRangeChange(range: RowRange): void;
  /** Viewport height assumed until the list can measure itself (and where there is no layout). */
  fallbackViewportHeight?: number;
  label: string;
}

interface RowProps {
  index: number;
  rowKey: string | null;
  top: number;
  count: number;
  observer: ResizeObserver | null;
  children: ComponentChildren;
}

function Row({ index, rowKey, top, count, observer, children }: RowProps) {
  const element = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const node = element.current;
    if (!node || !observer || rowKey === null) return undefined;
    observer.observe(node);
    return () => observer.unobserve(node);
  }, [observer, rowKey]);
  return (
    <div
      ref={element}
      class="vlist-row"
      role="listitem"
      aria-setsize={count}
      aria-posinset={index + 1}
      data-testid="note-row"
      data-index={index}
      data-key={rowKey ?? undefined}
      data-loading={rowKey === null ? 'true' : undefined}
      style={{ position: 'absolute', top: `${top}px`, left: 0, right: 0 }}
    >
      {children}
    </div>
  );
}

export function VirtualList(props: VirtualListProps) {
  const { count, keyOf, estimatedHeight, overscan = 4, fallbackViewportHeight = 800 } = props;
  const scroller = useRef<HTMLDivElement>(null);
  const measured = useRef(new Map<string, number>());
  const [measureVersion, setMeasureVersion] = useState(0);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewportHeight, setViewportHeight] = useState(fallbackViewportHeight);
  /** The row at the top of the viewport and where it started, to keep it still across re-measures. */
  const anchor = useRef<{ index: number; offset: number } | null>(null);
  /** Whether the reader has scrolled the list (until then it is at its top). */
  const scrolled = useRef(false);
  /** False until the first layout effect, which needs no scroll back to the top. */
  const mounted = useRef(false);

  const observer = useMemo(() => {
    if (typeof ResizeObserver === 'undefined') return null;
    let frame = 0;
    return new ResizeObserver((entries) => {
      let changed = false;
      for (const entry of entries) {
        const key = (entry.target as HTMLElement).dataset.key;
        const height = entry.borderBoxSize?.[0]?.blockSize ?? (entry.target as HTMLElement).offsetHeight;
        // Zero means "not laid out" (hidden, or a DOM without layout), not a real height.
        if (!key || !(height > 0) || measured.current.get(key) === height) continue;
        measured.current.set(key, height);
        changed = true;
      }
      if (changed && frame === 0) {
        frame = requestAnimationFrame(() => {
          frame = 0;
          setMeasureVersion((version) => version + 1);
        });
      }
    });
  }, []);
  useEffect(() => () => observer?.disconnect(), [observer]);

  const offsets = useMemo(
    () =>
      measured.current.size === 0
        ? uniformOffsets(count, estimatedHeight)
        : buildOffsets(count, (index) => {
            const key = keyOf(index);
            return (key !== null ? measured.current.get(key) : undefined) ?? estimatedHeight;
          }),
    [count, measureVersion, props.dataVersion, estimatedHeight],
  );

  // Scroll events arrive faster than frames; keep the last position and render once per frame.
  useEffect(() => {
    const node = scroller.current;
    if (!node) return undefined;
    let frame = 0;
    const onScroll = () => {
      scrolled.current = true;
      if (frame !== 0) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        setScrollTop(node.scrollTop);
      });
    };
    const onResize = () => setViewportHeight(node.clientHeight || fallbackViewportHeight);
    node.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('resize', onResize, { passive: true });
    onResize();
    return () => {
      node.removeEventListener('scroll', onScroll);
      window.removeEventListener('resize', onResize);
      if (frame !== 0) cancelAnimationFrame(frame);
    };
  }, []);

  // Reading or writing `scrollTop` makes the browser lay the page out there and then. Until the
  // reader scrolls, the list is at its top and nothing needs either: the first rows are then
  // laid out once, with the frame that paints them, rather than first in an empty list.
  useLayoutEffect(() => {
    const node = scroller.current;
    if (!node || !mounted.current) {
      mounted.current = true;
      return;
    }
    node.scrollTop = 0;
    anchor.current = null;
    setScrollTop(0);
  }, [props.resetKey]);

  useLayoutEffect(() => {
    const node = scroller.current;
    if (!node) return;
    if (!scrolled.current) {
      anchor.current = { index: 0, offset: 0 };
      return;
    }
    const held = anchor.current;
    if (held && held.index < count && node.scrollTop > 0) {
      const delta = offsets[held.index]! - held.offset;
      if (delta !== 0) node.scrollTop += delta;
    }
    const index = rowAt(offsets, node.scrollTop);
    anchor.current = { index, offset: offsets[index]! };
  }, [offsets, scrollTop]);

  const range = visibleRange(offsets, scrollTop, viewportHeight, overscan);
  useEffect(() => {
    props.onRangeChange(range);
  }, [range.start, range.end]);

  const indices: number[] = [];
  for (let index = range.start; index < range.end; index++) indices.push(index);
  for (const index of props.pinned ?? []) {
    if (index >= 0 && index < count && (index < range.start || index >= range.end)) indices.push(index);
  }

  return (
    <div ref={scroller} class="vlist" data-testid="notes-list" role="list" aria-label={props.label}>
      <div class="vlist-spacer" style={{ position: 'relative', height: `${offsets[count]}px` }}>
        {indices.map((index) => {
          const rowKey = keyOf(index);
          return (
            <Row key={rowKey ?? `loading-${index}`} index={index} rowKey={rowKey} top={offsets[index]!} count={count} observer={observer}>
              {props.renderRow(index)}
            </Row>
          );
        })}
      </div>
    </div>
  );
}
