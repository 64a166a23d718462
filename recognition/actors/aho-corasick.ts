/**
 * A generic Aho–Corasick automaton over UTF-16 code units.
 *
 * Building is linear in the total length of the patterns; searching is linear in the length of
 * the text plus the number of matches. The layout is chosen for the search loop, which runs on
 * every character of a page:
 * - code units are first mapped to a small alphabet (the units that occur in some pattern), so
 *   any other character sends the search straight back to the root;
 * - the root and every node with three children or more have a dense row of transitions;
 * - nodes with one or two children keep them inline (most nodes deep in the trie have one).
 * Memory stays proportional to the trie, with dense rows only where the trie branches.
 */

/** Receives each occurrence: the pattern's index and the end (exclusive) of the occurrence. */
export type MatchHandler = (pattern: number, end: number) => void;

export interface Automaton {
  /** Number of patterns the automaton was built from (including duplicates). */
  readonly patternCount: number;
  /** Length, in code units, of pattern `p`. */
  patternLength(p: number): number;
  /**
   * Reports every occurrence of every pattern in `codes[0..length)`, in order of end position
   * (for one end position, longest pattern first). Duplicate patterns are each reported.
   */
  search(codes: ArrayLike<number>, length: number, onMatch: MatchHandler): void;
  /**
   * The same search, fed one code unit at a time by a caller that produces the text on the fly;
   * `end` in `onMatch` counts the units pushed so far.
   */
  stream(onMatch: MatchHandler): AutomatonStream;
}

export interface AutomatonStream {
  push(code: number): void;
}

const NONE = -1;
/** Nodes with at least this many children get a dense row of transitions. */
const DENSE_FROM = 3;

/** Pattern indices in code-unit order of the patterns. */
function sortedOrder(patterns: readonly string[]): number[] {
  const order = patterns.map((_, i) => i);
  return order.sort((a, b) => (patterns[a]! < patterns[b]! ? -1 : patterns[a]! > patterns[b]! ? 1 : a - b));
}

/** Builds the automaton for `patterns`; empty patterns never match. */
export function buildAutomaton(patterns: readonly string[]): Automaton {
  // Alphabet: symbol 0 is "any unit that occurs in no pattern".
  const symbolOf = new Uint16Array(65536);
  let alphabet = 1;
  let total = 0;
  for (const p of patterns) {
    total += p.length;
    for (let i = 0; i < p.length; i++) {
      const c = p.charCodeAt(i);
      if (symbolOf[c] === 0) symbolOf[c] = alphabet++;
    }
  }
  const maxNodes = total + 1;

  // The trie as first-child / next-sibling lists while building. Node 0 is the root.
  const firstChild = new Int32Array(maxNodes).fill(NONE);
  const nextSibling = new Int32Array(maxNodes).fill(NONE);
  const nodeSymbol = new Int32Array(maxNodes);
  const childCount = new Int32Array(maxNodes);
  const terminal = new Int32Array(maxNodes).fill(NONE);
  const samePatternNext = new Int32Array(patterns.length).fill(NONE);
  const lengths = new Int32Array(patterns.length);
  const rootRow = new Int32Array(alphabet);
  let nodeCount = 1;

  // Insert the patterns in sorted order: each one shares its prefix with the one before, so
  // insertion resumes from that prefix's node and never searches a list of children.
  const order = sortedOrder(patterns);
  const path = new Int32Array(maxNodes + 1);
  let previous = '';
  for (const index of order) {
    const pattern = patterns[index]!;
    lengths[index] = pattern.length;
    if (pattern.length === 0) continue;
    let shared = 0;
    const limit = Math.min(previous.length, pattern.length);
    while (shared < limit && previous.charCodeAt(shared) === pattern.charCodeAt(shared)) shared++;
    let node = path[shared]!;
    for (let i = shared; i < pattern.length; i++) {
      const symbol = symbolOf[pattern.charCodeAt(i)]!;
      const child = nodeCount++;
      nodeSymbol[child] = symbol;
      nextSibling[child] = firstChild[node]!;
      firstChild[node] = child;
      childCount[node] = childCount[node]! + 1;
      if (node === 0) rootRow[symbol] = child;
      node = child;
      path[i + 1] = node;
    }
    samePatternNext[index] = terminal[node]!;
    terminal[node] = index;
    previous = pattern;
  }

  // Search layout: dense rows for branching nodes, inline pairs for the others.
  let denseCount = 0;
  for (let n = 1; n < nodeCount; n++) if (childCount[n]! >= DENSE_FROM) denseCount++;
  const rowOf = new Int32Array(nodeCount).fill(NONE);
  const rows = new Int32Array(Math.max(1, denseCount * alphabet)).fill(NONE);
  const symbolA = new Int32Array(nodeCount).fill(NONE);
  const targetA = new Int32Array(nodeCount);
  const symbolB = new Int32Array(nodeCount).fill(NONE);
  const targetB = new Int32Array(nodeCount);
  let nextRow = 0;
  for (let n = 1; n < nodeCount; n++) {
    if (childCount[n]! >= DENSE_FROM) {
      const base = nextRow * alphabet;
      rowOf[n] = base;
      nextRow++;
      for (let c = firstChild[n]!; c !== NONE; c = nextSibling[c]!) rows[base + nodeSymbol[c]!] = c;
    } else {
      for (let c = firstChild[n]!; c !== NONE; c = nextSibling[c]!) {
        if (symbolA[n] === NONE) {
          symbolA[n] = nodeSymbol[c]!;
          targetA[n] = c;
        } else {
          symbolB[n] = nodeSymbol[c]!;
          targetB[n] = c;
        }
      }
    }
  }

  const step = (node: number, symbol: number): number => {
    if (node === 0) return rootRow[symbol]! || NONE;
    const base = rowOf[node]!;
    if (base !== NONE) return rows[base + symbol]!;
    if (symbolA[node] === symbol) return targetA[node]!;
    if (symbolB[node] === symbol) return targetB[node]!;
    return NONE;
  };

  // Failure links and dictionary (output) links, breadth first.
  const fail = new Int32Array(nodeCount);
  const outLink = new Int32Array(nodeCount);
  const queue = new Int32Array(nodeCount);
  let head = 0;
  let tail = 0;
  for (let c = firstChild[0]!; c !== NONE; c = nextSibling[c]!) queue[tail++] = c;
  while (head < tail) {
    const node = queue[head++]!;
    for (let child = firstChild[node]!; child !== NONE; child = nextSibling[child]!) {
      const symbol = nodeSymbol[child]!;
      let f = fail[node]!;
      let target = step(f, symbol);
      while (target === NONE && f !== 0) {
        f = fail[f]!;
        target = step(f, symbol);
      }
      fail[child] = target === NONE ? 0 : target;
      const t = fail[child]!;
      outLink[child] = terminal[t]! !== NONE ? t : outLink[t]!;
      queue[tail++] = child;
    }
  }

  const stream = (onMatch: MatchHandler): AutomatonStream => {
    let node = 0;
    let position = 0;
    return {
      push(code: number): void {
        position++;
        const symbol = symbolOf[code]!;
        if (symbol === 0) {
          node = 0;
          return;
        }
        // Inlined `step`, following failure links: this runs for every character of a page.
        for (;;) {
          if (node === 0) {
            node = rootRow[symbol]!;
            break;
          }
          const base = rowOf[node]!;
          const target =
            base !== NONE ? rows[base + symbol]! : symbolA[node] === symbol ? targetA[node]! : symbolB[node] === symbol ? targetB[node]! : NONE;
          if (target !== NONE) {
            node = target;
            break;
          }
          node = fail[node]!;
        }
        let out = terminal[node] !== NONE ? node : outLink[node]!;
        while (out > 0) {
          for (let p = terminal[out]!; p !== NONE; p = samePatternNext[p]!) onMatch(p, position);
          out = outLink[out]!;
        }
      },
    };
  };

  return {
    patternCount: patterns.length,
    patternLength: (p) => lengths[p]!,
    stream,
    search(codes, length, onMatch) {
      const s = stream(onMatch);
      for (let i = 0; i < length; i++) s.push(codes[i]!);
    },
  };
}
