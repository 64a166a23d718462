// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { EntityList } from '../../../components/page-ui/entity-list';
import type { ActorAnnotation } from '../../../recognition/types';
import { amiri, catalogue, lastFriday, midOctober, stranger } from './helpers';

const iraq: ActorAnnotation = {
  id: 'state-irq',
  name: 'Irak',
  kind: 'state',
  known: true,
  mentions: [
    { text: 'Irak', start: 5, end: 9 },
    { text: 'Bagdad', start: 90, end: 96 },
  ],
};

let container: HTMLElement;

function mount() {
  container = document.createElement('div');
  document.body.append(container);
  const handlers = { onChoose: vi.fn(), onClose: vi.fn() };
  act(() => {
    render(
      <EntityList actors={[stranger, iraq, amiri]} dates={[lastFriday, midOctober]} t={catalogue('fr')} uiLang="fr" {...handlers} />,
      container,
    );
  });
  return handlers;
}

function input(): HTMLInputElement {
  return container.querySelector('input[role="combobox"]')!;
}

function press(key: string) {
  act(() => {
    input().dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
  });
}

function activeOption(): Element | null {
  const id = input().getAttribute('aria-activedescendant');
  return id ? container.querySelector(`[id="${id}"]`) : null;
}

afterEach(() => {
  render(null, container);
  container.remove();
});

describe('EntityList', () => {
  it('groups actors by kind, most mentioned first, then dates in time order', () => {
    mount();
    const groups = [...container.querySelectorAll('[role="group"]')].map((group) => ({
      label: group.querySelector('.cx-group-label')!.textContent,
      options: [...group.querySelectorAll('[role="option"] > span:first-child')].map((span) => span.textContent),
    }));
    expect(groups).toEqual([
      { label: 'Personnes', options: ['Hadi al-Amiri', 'Jean Dupuis-Ferrand'] },
      { label: 'États', options: ['Irak'] },
      { label: 'Dates', options: ['Octobre 2023', 'Vendredi 8 décembre 2023'] },
    ]);
  });

  it('focuses the filter, moves with the arrow keys and chooses with Enter', () => {
    const handlers = mount();
    expect(document.activeElement).toBe(input());
    expect(activeOption()?.textContent).toContain('Hadi al-Amiri');
    expect(activeOption()?.getAttribute('aria-selected')).toBe('true');
    press('ArrowDown');
    press('ArrowDown');
    expect(activeOption()?.textContent).toContain('Irak');
    press('Enter');
    expect(handlers.onChoose).toHaveBeenCalledWith({ kind: 'actor', actor: iraq });
    press('ArrowUp');
    press('ArrowUp');
    press('ArrowUp');
    expect(activeOption()?.textContent).toContain('Vendredi 8 décembre 2023');
    press('Enter');
    expect(handlers.onChoose).toHaveBeenLastCalledWith({ kind: 'date', date: lastFriday });
  });

  it('filters without regard to case or accents', () => {
    const handlers = mount();
    act(() => {
      input().value = 'AMERI';
      input().dispatchEvent(new Event('input', { bubbles: true }));
    });
    const options = container.querySelectorAll('[role="option"]');
    expect(options).toHaveLength(1);
    expect(options[0]!.textContent).toContain('Hadi al-Amiri');
    act(() => {
      input().value = 'zzz';
      input().dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(container.querySelectorAll('[role="option"]')).toHaveLength(0);
    expect(container.textContent).toContain('Rien ne correspond à ce filtre.');
    press('Enter');
    expect(handlers.onChoose).not.toHaveBeenCalled();
  });

  it('closes on Escape', () => {
    const handlers = mount();
    press('Escape');
    expect(handlers.onClose).toHaveBeenCalledTimes(1);
    expect(handlers.onChoose).not.toHaveBeenCalled();
  });

  it('chooses with a click', () => {
    const handlers = mount();
    const option = [...container.querySelectorAll<HTMLElement>('[role="option"]')].find((o) => o.textContent!.includes('Jean'))!;
    act(() => option.click());
    expect(handlers.onChoose).toHaveBeenCalledWith({ kind: 'actor', actor: stranger });
  });
});
