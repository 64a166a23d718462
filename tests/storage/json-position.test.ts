import { describe, expect, it } from 'vitest';
import { findJsonSyntaxProblem } from '../../storage/json-position';

describe('findJsonSyntaxProblem', () => {
  it.each([
    '{}',
    '[]',
    ' {"a": [1, -2.5e3, true, false, null, "x\\u00e9\\n"]} ',
    '"just a string"',
    '0',
  ])('accepts valid JSON %s', (text) => {
    expect(() => JSON.parse(text)).not.toThrow();
    expect(findJsonSyntaxProblem(text)).toBeNull();
  });

  it.each<[string, number, number, number, RegExp]>([
    ['{"a": 1,}', 8, 1, 9, /unexpected character '}'/],
    ['{\n  "notes": [\n    {"id": "x"}\n    {"id": "y"}\n  ]\n}', 35, 4, 5, /'\{'/],
    ['{"a": tru}', 9, 1, 10, /'}'/],
    ['{"a": "unterminated', 19, 1, 20, /ends too early/],
    ['{"a": 01}', 7, 1, 8, /'1'/],
    ["{'a': 1}", 1, 1, 2, /'''/],
    ['{"a": "line\nbreak"}', 11, 1, 12, /control character/],
    ['{"a": "\\x"}', 8, 1, 9, /'x'/],
    ['[1, 2] 3', 7, 1, 8, /'3'/],
    ['{"a": -}', 7, 1, 8, /'}'/],
  ])('locates the problem in %j', (text, position, line, column, reason) => {
    expect(() => JSON.parse(text)).toThrow();
    const problem = findJsonSyntaxProblem(text);
    expect(problem).toMatchObject({ position, line, column });
    expect(problem?.reason).toMatch(reason);
  });

  it('reports very deep nesting instead of crashing', () => {
    const deep = '['.repeat(200_000);
    expect(findJsonSyntaxProblem(deep)).not.toBeNull();
  });
});
