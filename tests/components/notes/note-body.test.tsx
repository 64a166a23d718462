// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { NoteBody, parseBlocks } from '../../../components/shared/note-body';

let container: HTMLElement;

function show(body: string): HTMLElement {
  container = document.createElement('div');
  document.body.append(container);
  render(<NoteBody body={body} />, container);
  return container.querySelector('.cx-note-body')!;
}

afterEach(() => {
  render(null, container);
  container.remove();
});

describe('NoteBody', () => {
  it('keeps line breaks, splits paragraphs on blank lines and makes lists', () => {
    const body = show('First line\nsecond line\n\n- one\n- **two**\n\n1. first\n2. second');
    expect(body.innerHTML).toBe(
      '<p>First line<br>second line</p><ul><li>one</li><li><strong>two</strong></li></ul><ol><li>first</li><li>second</li></ol>',
    );
  });

  it('renders emphasis, code and safe links', () => {
    const body = show('See *this* and _that_ in `code`, [the report](https://example.org/r?a=1&b=2).');
    expect(body.querySelector('em')!.textContent).toBe('this');
    expect(body.querySelectorAll('em')).toHaveLength(2);
    expect(body.querySelector('code')!.textContent).toBe('code');
    const link = body.querySelector('a')!;
    expect(link.getAttribute('href')).toBe('https://example.org/r?a=1&b=2');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(link.textContent).toBe('the report');
  });

  it('never turns the text into markup, and leaves unsafe links as text', () => {
    const body = show('<img src=x onerror="alert(1)"> [click](javascript:alert(1)) snake_case_name');
    expect(body.querySelector('img')).toBeNull();
    expect(body.querySelector('a')).toBeNull();
    expect(body.textContent).toBe('<img src=x onerror="alert(1)"> [click](javascript:alert(1)) snake_case_name');
  });

  it('parses blocks without losing text', () => {
    expect(parseBlocks('a\r\n\r\n* b\n+ c\nd')).toEqual([
      { kind: 'paragraph', lines: ['a'] },
      { kind: 'list', ordered: false, items: ['b', 'c'] },
      { kind: 'paragraph', lines: ['d'] },
    ]);
  });
});
