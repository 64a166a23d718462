/**
 * Where JSON text stops being valid. `JSON.parse` says it failed, but browsers word the error
 * differently and some give no position at all, so a small scanner that follows the JSON
 * grammar (RFC 8259) finds the first offending character itself. It checks; it builds nothing.
 */

export interface JsonSyntaxProblem {
  /** UTF-16 offset of the first character that cannot be there (the text length at a cut-off). */
  position: number;
  /** 1-based line and column of `position`. */
  line: number;
  column: number;
  /** Plain-words reason: "unexpected character '}'", "the text ends too early". */
  reason: string;
}

class Stop {
  constructor(
    readonly position: number,
    readonly reason: string,
  ) {}
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);

class Scanner {
  private at = 0;

  constructor(private readonly text: string) {}

  checkDocument(): void {
    this.value();
    this.space();
    if (this.at < this.text.length) this.unexpected();
  }

  private unexpected(): never {
    if (this.at >= this.text.length) throw new Stop(this.at, 'the text ends too early');
    throw new Stop(this.at, `unexpected character '${this.text[this.at]}'`);
  }

  private space(): void {
    while (this.at < this.text.length && ' \t\n\r'.includes(this.text[this.at] as string)) this.at += 1;
  }

  private expect(char: string): void {
    if (this.text[this.at] !== char) this.unexpected();
    this.at += 1;
  }

  private value(): void {
    this.space();
    const char = this.text[this.at];
    if (char === '{') this.object();
    else if (char === '[') this.array();
    else if (char === '"') this.string();
    else if (char === 't') this.literal('true');
    else if (char === 'f') this.literal('false');
    else if (char === 'n') this.literal('null');
    else if (char === '-' || (char !== undefined && char >= '0' && char <= '9')) this.number();
    else this.unexpected();
  }

  private literal(word: string): void {
    for (const char of word) this.expect(char);
  }

  private number(): void {
    NUMBER.lastIndex = this.at;
    if (!NUMBER.test(this.text)) {
      this.at += 1; // A lone '-': the character after it is the problem.
      this.unexpected();
    }
    this.at = NUMBER.lastIndex;
  }

  private string(): void {
    this.expect('"');
    for (;;) {
      const char = this.text[this.at];
      if (char === undefined) this.unexpected();
      if (char === '"') {
        this.at += 1;
        return;
      }
      if (char === '\\') {
        this.at += 1;
        const escaped = this.text[this.at];
        if (escaped === 'u') {
          for (let i = 1; i <= 4; i += 1) {
            if (!/[0-9a-fA-F]/.test(this.text[this.at + i] ?? '')) {
              this.at += i;
              this.unexpected();
            }
          }
          this.at += 5;
          continue;
        }
        if (escaped === undefined || !ESCAPES.has(escaped)) this.unexpected();
      } else if (char < ' ') {
        throw new Stop(this.at, 'a line break or control character inside a string');
      }
      this.at += 1;
    }
  }

  private array(): void {
    this.expect('[');
    this.space();
    if (this.text[this.at] === ']') {
      this.at += 1;
      return;
    }
    for (;;) {
      this.value();
      this.space();
      if (this.text[this.at] === ',') this.at += 1;
      else return this.expect(']');
    }
  }

  private object(): void {
    this.expect('{');
    this.space();
    if (this.text[this.at] === '}') {
      this.at += 1;
      return;
    }
    for (;;) {
      this.space();
      this.string();
      this.space();
      this.expect(':');
      this.value();
      this.space();
      if (this.text[this.at] === ',') this.at += 1;
      else return this.expect('}');
    }
  }
}

/** Line and column (1-based) of a UTF-16 offset. */
export function lineAndColumn(text: string, position: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < position && i < text.length; i += 1) {
    if (text[i] === '\n') {
      line += 1;
      lineStart = i + 1;
    }
  }
  return { line, column: position - lineStart + 1 };
}

/** The first syntax problem in `text`, or null when it is valid JSON. */
export function findJsonSyntaxProblem(text: string): JsonSyntaxProblem | null {
  try {
    new Scanner(text).checkDocument();
    return null;
  } catch (error) {
    if (error instanceof Stop) return { position: error.position, ...lineAndColumn(text, error.position), reason: error.reason };
    // Nesting deep enough to exhaust the stack: report it at the start rather than crash.
    return { position: 0, line: 1, column: 1, reason: 'the structure is nested too deeply to read' };
  }
}
