// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { NoteEditor, parseTags } from '../../../components/page-ui/note-editor';
import { catalogue } from './helpers';

let container: HTMLElement;

function mount(onSave: (body: string, tags: string[]) => Promise<void>, lang: 'en' | 'fr' = 'en') {
  container = document.createElement('div');
  document.body.append(container);
  const handlers = { onCancel: vi.fn(), onSaved: vi.fn() };
  act(() => {
    render(<NoteEditor t={catalogue(lang)} targetLabel="Note on Hadi al-Amiri" onSave={onSave} savedDelayMs={50} {...handlers} />, container);
  });
  return handlers;
}

function type(element: HTMLTextAreaElement | HTMLInputElement, value: string) {
  act(() => {
    element.value = value;
    element.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

async function settle() {
  await act(async () => {
    await new Promise((done) => setTimeout(done, 0));
  });
}

function status(): string {
  return container.querySelector('[role="status"]')!.textContent!;
}

afterEach(() => {
  render(null, container);
  container.remove();
});

class FakeFailure extends Error {
  constructor(readonly code: string) {
    super(`failed: ${code}`);
  }
}

describe('NoteEditor', () => {
  it('focuses the text and saves body and tags on Ctrl+Enter, then says Saved', async () => {
    const onSave = vi.fn(async () => undefined);
    const handlers = mount(onSave);
    const textarea = container.querySelector('textarea')!;
    expect(document.activeElement).toBe(textarea);
    type(textarea, 'Leads the Badr Organization since 2002?');
    type(container.querySelector('input')!, 'Irak, milices , irak');
    act(() => {
      textarea.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true }));
    });
    await settle();
    expect(onSave).toHaveBeenCalledWith('Leads the Badr Organization since 2002?', ['irak', 'milices']);
    expect(status()).toBe('Saved');
    await act(async () => {
      await new Promise((done) => setTimeout(done, 80));
    });
    expect(handlers.onSaved).toHaveBeenCalledTimes(1);
  });

  it('keeps the typed text and explains a full disk when saving fails', async () => {
    const onSave = vi.fn(async () => {
      throw new FakeFailure('quota');
    });
    const handlers = mount(onSave);
    const textarea = container.querySelector('textarea')!;
    type(textarea, 'A note I do not want to lose');
    act(() => container.querySelector<HTMLButtonElement>('button[type="submit"]')!.click());
    await settle();
    expect(onSave).toHaveBeenCalledTimes(1);
    expect(status()).toContain('storage is full');
    expect(container.querySelector('[data-tone="error"]')).not.toBeNull();
    expect(container.querySelector('textarea')!.value).toBe('A note I do not want to lose');
    expect(container.querySelector('textarea')!.readOnly).toBe(false);
    expect(handlers.onSaved).not.toHaveBeenCalled();
  });

  it('explains each protocol failure in the reader’s language', async () => {
    const cases: [string, string][] = [
      ['closed', 'la base de notes a été fermée'],
      ['unavailable', 'Contexte ne répond pas'],
      ['internal', 'erreur inattendue'],
    ];
    for (const [code, expected] of cases) {
      mount(async () => {
        throw new FakeFailure(code);
      }, 'fr');
      type(container.querySelector('textarea')!, 'texte');
      act(() => container.querySelector<HTMLButtonElement>('button[type="submit"]')!.click());
      await settle();
      expect(status()).toContain(expected);
      expect(container.querySelector('textarea')!.value).toBe('texte');
      render(null, container);
      container.remove();
    }
    container = document.createElement('div');
  });

  it('refuses an empty note without calling save', async () => {
    const onSave = vi.fn(async () => undefined);
    mount(onSave);
    act(() => container.querySelector<HTMLButtonElement>('button[type="submit"]')!.click());
    await settle();
    expect(onSave).not.toHaveBeenCalled();
    expect(status()).toBe('Write something before saving.');
  });

  it('cancels with the Cancel button, and Escape only cancels an empty note', () => {
    const handlers = mount(async () => undefined);
    const textarea = container.querySelector('textarea')!;
    type(textarea, 'draft');
    act(() => {
      textarea.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(handlers.onCancel).not.toHaveBeenCalled();
    type(textarea, '');
    act(() => {
      textarea.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(handlers.onCancel).toHaveBeenCalledTimes(1);
    act(() => [...container.querySelectorAll('button')].find((b) => b.textContent === 'Cancel')!.click());
    expect(handlers.onCancel).toHaveBeenCalledTimes(2);
  });
});

describe('parseTags', () => {
  it('trims, lower-cases and removes repeats and empty tags', () => {
    expect(parseTags(' Irak, , MILICES,irak ')).toEqual(['irak', 'milices']);
    expect(parseTags('')).toEqual([]);
  });
});
