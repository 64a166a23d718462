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
 * Memory stays proportional to the trie, with dense rows only where the trie branches. The
 * whole automaton is a handful of typed arrays (`AutomatonTables`), which a caller can store and
 * turn back into an automaton without building it again.
 */

/** Receives each occurrence: the pattern's index and the end (exclusive) of the occurrence. */
export type MatchHandler = (pattern: number, end: number) => void;

/** The automaton as plain typed arrays: what the search loop reads, and what can be stored. */
export interface AutomatonTables {
  /** Code unit of each symbol: symbol `s` (from 1) is `alphabet[s - 1]`; 0 is any other unit. */
  readonly alphabet: Uint16Array;
  /** Child of the root by symbol (0: none). */
  readonly rootRow: Int32Array;
  /** Start of the node's dense row in `rows`, or -1 for a node with at most two children. */
  readonly rowOf: Int32Array;
  readonly rows: Int32Array;
  /** The inline children of sparse nodes: symbol and target, -1 when absent. */
  readonly symbolA: Int32Array;
  readonly targetA: Int32Array;
  readonly symbolB: Int32Array;
  readonly targetB: Int32Array;
  /** Failure link of each node. */
  readonly fail: Int32Array;
  /** Nearest node on the failure chain that ends a pattern (0: none). */
  readonly outLink: Int32Array;
  /** A pattern ending at the node, or -1; `samePatternNext` chains duplicates. */
  readonly terminal: Int32Array;
  readonly samePatternNext: Int32Array;
  /** Length of each pattern, in code units. */
  readonly lengths: Int32Array;
}

export interface Automaton {
  /** Number of patterns the automaton was built from (including duplicates). */
  readonly patternCount: number;
  readonly tables: AutomatonTables;
  /** Symbol of every code unit (0 for units in no pattern). */
  readonly symbolOf: Uint16Array;
  /** Length, in code units, of pattern `p`. */
  patternLength(p: number): number;
  /**
   * Reports every occurrence of every pattern in `codes[0..length)`, in order of end position
   * (for one end position, longest pattern first). Duplicate patterns are each reported.
   */
  search(codes: ArrayLike<number>, length: number, onMatch: MatchHandler): void;
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
  const alphabet: number[] = [];
  let total = 0;
  for (const p of patterns) {
    total += p.length;
    for (let i = 0; i < p.length; i++) {
      const c = p.charCodeAt(i);
      if (symbolOf[c] === 0) {
        alphabet.push(c);
        symbolOf[c] = alphabet.length;
      }
    }
  }
  const symbols = alphabet.length + 1;
  const maxNodes = total + 1;

  // The trie as first-child / next-sibling lists while building. Node 0 is the root.
  const firstChild = new Int32Array(maxNodes).fill(NONE);
  const nextSibling = new Int32Array(maxNodes);
  const nodeSymbol = new Int32Array(maxNodes);
  const childCount = new Int32Array(maxNodes);
  const terminalAll = new Int32Array(maxNodes).fill(NONE);
  const samePatternNext = new Int32Array(patterns.length).fill(NONE);
  const lengths = new Int32Array(patterns.length);
  const rootRow = new Int32Array(symbols);
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
    samePatternNext[index] = terminalAll[node]!;
    terminalAll[node] = index;
    previous = pattern;
  }

  // Search layout: dense rows for branching nodes, inline pairs for the others.
  let denseCount = 0;
  for (let n = 1; n < nodeCount; n++) if (childCount[n]! >= DENSE_FROM) denseCount++;
  const rowOf = new Int32Array(nodeCount).fill(NONE);
  const rows = new Int32Array(Math.max(1, denseCount * symbols)).fill(NONE);
  const symbolA = new Int32Array(nodeCount).fill(NONE);
  const targetA = new Int32Array(nodeCount);
  const symbolB = new Int32Array(nodeCount).fill(NONE);
  const targetB = new Int32Array(nodeCount);
  let nextRow = 0;
  for (let n = 1; n < nodeCount; n++) {
    if (childCount[n]! >= DENSE_FROM) {
      const base = nextRow * symbols;
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

  // Failure links and dictionary (output) links, breadth first. The transition lookup is
  // written out in the loop: a call per step costs more than the rest when the code is cold.
  const terminal = terminalAll.slice(0, nodeCount);
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
      let target = NONE;
      for (;;) {
        if (f === 0) {
          target = rootRow[symbol]! || NONE;
        } else {
          const base = rowOf[f]!;
          target = base !== NONE ? rows[base + symbol]! : symbolA[f] === symbol ? targetA[f]! : symbolB[f] === symbol ? targetB[f]! : NONE;
        }
        if (target !== NONE || f === 0) break;
        f = fail[f]!;
      }
      const t = target === NONE ? 0 : target;
      fail[child] = t;
      outLink[child] = terminal[t]! !== NONE ? t : outLink[t]!;
      queue[tail++] = child;
    }
  }

  const tables: AutomatonTables = {
    alphabet: Uint16Array.from(alphabet),
    rootRow,
    rowOf,
    rows,
    symbolA,
    targetA,
    symbolB,
    targetB,
    fail,
    outLink,
    terminal,
    samePatternNext,
    lengths,
  };
  return automatonOf(tables, symbolOf);
}

/** The automaton of stored tables (as `buildAutomaton(…).tables` gave them). */
export function automatonFromTables(tables: AutomatonTables): Automaton {
  const symbolOf = new Uint16Array(65536);
  for (let s = 0; s < tables.alphabet.length; s++) symbolOf[tables.alphabet[s]!] = s + 1;
  return automatonOf(tables, symbolOf);
}

function automatonOf(tables: AutomatonTables, symbolOf: Uint16Array): Automaton {
  return {
    patternCount: tables.lengths.length,
    tables,
    symbolOf,
    patternLength: (p) => tables.lengths[p]!,
    search(codes, length, onMatch) {
      let node = 0;
      for (let i = 0; i < length; i++) node = step(tables, node, symbolOf[codes[i]!]!, i + 1, onMatch);
    },
  };
}

/**
 * One step of the search: from `node`, reading `symbol` as the unit that ends at `position`;
 * reports the patterns ending there and returns the new node. Callers with their own hot loop
 * (the gazetteer's scan) write this step out themselves.
 */
export function step(tables: AutomatonTables, node: number, symbol: number, position: number, onMatch: MatchHandler): number {
  if (symbol === 0) return 0;
  const { rootRow, rowOf, rows, symbolA, targetA, symbolB, targetB, fail, terminal, outLink, samePatternNext } = tables;
  for (;;) {
    if (node === 0) {
      node = rootRow[symbol]!;
      break;
    }
    const base = rowOf[node]!;
    const target = base !== NONE ? rows[base + symbol]! : symbolA[node] === symbol ? targetA[node]! : symbolB[node] === symbol ? targetB[node]! : NONE;
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
  return node;
}
