// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchForChanges, type ChangeReason } from '../../page/observe';

/** Lets MutationObserver callbacks (microtasks) run. */
const flush = () => new Promise<void>((resolve) => queueMicrotask(resolve)).then(() => Promise.resolve());

describe('watchForChanges', () => {
  let root: HTMLElement;
  let calls: ChangeReason[];
  let controller: AbortController;

  beforeEach(() => {
    vi.useFakeTimers();
    document.body.innerHTML = '<main><article id="root"><p id="p">Texte.</p></article></main><div id="elsewhere"></div>';
    root = document.getElementById('root')!;
    calls = [];
    controller = new AbortController();
  });

  afterEach(() => {
    controller.abort();
    vi.useRealTimers();
  });

  const watch = (options: { debounceMs?: number; minIntervalMs?: number; maxWaitMs?: number } = {}) =>
    watchForChanges(root, (reason) => calls.push(reason), { signal: controller.signal, ...options });

  it('calls once after the article goes quiet, for a burst of changes', async () => {
    watch();
    for (let i = 0; i < 5; i++) {
      root.append(Object.assign(document.createElement('p'), { textContent: `Ajout ${i}` }));
      await flush();
      vi.advanceTimersByTime(100);
    }
    expect(calls).toEqual([]);
    vi.advanceTimersByTime(400);
    expect(calls).toEqual(['content']);
  });

  it('sees text edits', async () => {
    watch();
    (document.getElementById('p')!.firstChild as Text).data = 'Texte modifié.';
    await flush();
    vi.advanceTimersByTime(500);
    expect(calls).toEqual(['content']);
  });

  it('sees text shown, hidden or made editable through attributes, and nothing else', async () => {
    watch({ minIntervalMs: 0 });
    const p = document.getElementById('p')!;
    p.setAttribute('data-tracking', 'x');
    p.className = 'fade-in';
    await flush();
    vi.advanceTimersByTime(500);
    expect(calls).toEqual([]);
    p.hidden = true;
    await flush();
    vi.advanceTimersByTime(500);
    p.hidden = false;
    p.setAttribute('contenteditable', 'true');
    await flush();
    vi.advanceTimersByTime(500);
    expect(calls).toEqual(['content', 'content']);
  });

  it('sees inline styles that show or hide text, not those that only restyle it', async () => {
    watch({ minIntervalMs: 0 });
    const p = document.getElementById('p')!;
    p.style.color = 'red';
    p.style.opacity = '0.5';
    await flush();
    vi.advanceTimersByTime(500);
    expect(calls).toEqual([]);
    p.style.display = 'none';
    await flush();
    vi.advanceTimersByTime(500);
    p.style.display = '';
    await flush();
    vi.advanceTimersByTime(500);
    expect(calls).toEqual(['content', 'content']);
  });

  it('ignores typing inside an editable region of the article', async () => {
    const editable = Object.assign(document.createElement('div'), { textContent: 'Brouillon' });
    editable.setAttribute('contenteditable', 'true');
    root.append(editable);
    watch({ minIntervalMs: 0 });
    (editable.firstChild as Text).data = 'Brouillon modifié';
    editable.append(document.createElement('br'));
    await flush();
    vi.advanceTimersByTime(500);
    expect(calls).toEqual([]);
  });

  it('reports a navigation when the page swaps in a whole new <body>', async () => {
    watch({ minIntervalMs: 0 });
    const fresh = document.createElement('body');
    fresh.innerHTML = '<article><p>Autre article.</p></article>';
    document.documentElement.replaceChild(fresh, document.body);
    await flush();
    vi.advanceTimersByTime(500);
    expect(calls).toEqual(['navigation']);
  });

  it('ignores changes inside the extension’s own elements', async () => {
    const own = document.createElement('span');
    own.setAttribute('data-contexte', 'card');
    root.append(own);
    watch();
    own.textContent = 'Carte';
    own.append(document.createElement('b'));
    await flush();
    const added = document.createElement('div');
    added.setAttribute('data-contexte', 'overlay');
    root.append(added);
    await flush();
    added.remove();
    await flush();
    vi.advanceTimersByTime(5000);
    expect(calls).toEqual([]);
  });

  it('ignores changes outside the root', async () => {
    watch();
    document.getElementById('elsewhere')!.textContent = 'Publicité';
    await flush();
    vi.advanceTimersByTime(5000);
    expect(calls).toEqual([]);
  });

  it('spaces calls at least minIntervalMs apart', async () => {
    watch({ debounceMs: 100, minIntervalMs: 2000 });
    root.append('a');
    await flush();
    vi.advanceTimersByTime(100);
    expect(calls).toHaveLength(1);
    root.append('b');
    await flush();
    vi.advanceTimersByTime(1000);
    expect(calls).toHaveLength(1);
    vi.advanceTimersByTime(1000);
    expect(calls).toHaveLength(2);
  });

  it('still calls within maxWaitMs when the page never goes quiet', async () => {
    watch({ debounceMs: 400, maxWaitMs: 3000 });
    for (let i = 0; i < 40; i++) {
      root.append(String(i));
      await flush();
      vi.advanceTimersByTime(100);
    }
    expect(calls.length).toBeGreaterThanOrEqual(1);
    expect(calls.length).toBeLessThanOrEqual(2);
  });

  it('reports navigation when the address changes (pushState then a DOM change) or on popstate', async () => {
    watch();
    history.pushState({}, '', '/2023/12/12/autre-article');
    document.getElementById('elsewhere')!.append(document.createElement('div'));
    await flush();
    vi.advanceTimersByTime(500);
    expect(calls).toEqual(['navigation']);
    history.pushState({}, '', '/2023/12/13/encore');
    window.dispatchEvent(new PopStateEvent('popstate'));
    vi.advanceTimersByTime(2500);
    expect(calls).toEqual(['navigation', 'navigation']);
  });

  it('does not treat a hash change as navigation', async () => {
    watch();
    history.pushState({}, '', '#section-2');
    window.dispatchEvent(new PopStateEvent('popstate'));
    vi.advanceTimersByTime(5000);
    expect(calls).toEqual([]);
  });

  it('reports navigation once when the root is removed', async () => {
    watch();
    root.remove();
    await flush();
    document.body.append(document.createElement('article'));
    await flush();
    vi.advanceTimersByTime(5000);
    expect(calls).toEqual(['navigation']);
  });

  it('stops on abort: no calls, no pending timer', async () => {
    watch();
    root.append('x');
    await flush();
    controller.abort();
    vi.advanceTimersByTime(5000);
    root.append('y');
    await flush();
    vi.advanceTimersByTime(5000);
    expect(calls).toEqual([]);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('does nothing when the signal is already aborted', async () => {
    controller.abort();
    watch();
    root.append('x');
    await flush();
    vi.advanceTimersByTime(5000);
    expect(calls).toEqual([]);
  });
});
