/**
 * A generic Aho–Corasick automaton over UTF-16 code units.
 *
 * Building is linear in the total length of the patterns; searching is linear in the length of
 * the text plus the number of matches. The layout is chosen for the search loop, which runs on
 * every character of a page:
 * - code units are first mapped to a small alphabet (the units that occur in some pattern), so
 *   any other character sends the search straight back to the root;
 * - the root and every node with three children or more have a dense row of transitions;
 * - nodes with one or two children keep them inline (most nodes deep in the trie have one);
 * - what a step reads about a node (its transitions, failure link, what it reports) lies in one
 *   record of eight integers, so that a step touches one cache line rather than one per field.
 * Memory stays proportional to the trie, with dense rows only where the trie branches. The
 * whole automaton is a handful of typed arrays (`AutomatonTables`), which a caller can store and
 * turn back into an automaton without building it again.
 */

/** Receives each occurrence: the pattern's index and the end (exclusive) of the occurrence. */
export type MatchHandler = (pattern: number, end: number) => void;

/*
 * A node is a record of `NODE_SIZE` integers in `AutomatonTables.nodes`, named by the offset of
 * its record (the root is 0): what one step of the search reads about a node then sits together
 * in memory, rather than in one array per field (the tables are too large for the cache).
 */
/** Start of the node's dense row in `rows`, or -1 for a node with at most two children. */
export const NODE_ROW = 0;
/** The inline children of a sparse node: symbol (-1 when absent) and target. */
export const NODE_SYMBOL_A = 1;
export const NODE_TARGET_A = 2;
export const NODE_SYMBOL_B = 3;
export const NODE_TARGET_B = 4;
/** Failure link. */
export const NODE_FAIL = 5;
/** First node on the failure chain, the node itself included, that ends a pattern (0: none). */
export const NODE_REPORT = 6;
/** A pattern ending at the node, or -1; `samePatternNext` chains duplicates. */
export const NODE_TERMINAL = 7;
export const NODE_SIZE = 8;

/** The automaton as plain typed arrays: what the search loop reads, and what can be stored. */
export interface AutomatonTables {
  /** Code unit of each symbol: symbol `s` (from 1) is `alphabet[s - 1]`; 0 is any other unit. */
  readonly alphabet: Uint16Array;
  /** Child of the root by symbol (0: none). */
  readonly rootRow: Int32Array;
  /** The nodes' records (see `NODE_SIZE`). */
  readonly nodes: Int32Array;
  /** Dense rows of transitions by symbol (-1: none). */
  readonly rows: Int32Array;
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

/**
 * Builds the automaton for `patterns`; empty patterns never match. Two passes: the trie
 * (assigning symbols as units appear), then breadth first, each node's record and failure links.
 * The matcher is built when the background starts, by code not yet optimised: every pass over the
 * patterns or the nodes counts.
 */
export function buildAutomaton(patterns: readonly string[]): Automaton {
  let total = 0;
  for (const p of patterns) total += p.length;
  const maxNodes = total + 1;

  // The trie as first-child / next-sibling lists while building. Node 0 is the root.
  // Symbol 0 is "any unit that occurs in no pattern"; the others are numbered as they appear.
  const symbolOf = new Uint16Array(65536);
  const alphabet: number[] = [];
  const rootChildren = new Int32Array(65537);
  const firstChild = new Int32Array(maxNodes).fill(NONE);
  const nextSibling = new Int32Array(maxNodes);
  const nodeSymbol = new Int32Array(maxNodes);
  const childCount = new Int32Array(maxNodes);
  const terminalAll = new Int32Array(maxNodes).fill(NONE);
  const samePatternNext = new Int32Array(patterns.length).fill(NONE);
  const lengths = new Int32Array(patterns.length);
  let nodeCount = 1;
  let denseCount = 0;

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
      const unit = pattern.charCodeAt(i);
      let symbol = symbolOf[unit]!;
      if (symbol === 0) {
        alphabet.push(unit);
        symbol = alphabet.length;
        symbolOf[unit] = symbol;
      }
      const child = nodeCount++;
      nodeSymbol[child] = symbol;
      nextSibling[child] = firstChild[node]!;
      firstChild[node] = child;
      childCount[node] = childCount[node]! + 1;
      if (node === 0) rootChildren[symbol] = child * NODE_SIZE;
      else if (childCount[node] === DENSE_FROM) denseCount++;
      node = child;
      path[i + 1] = node;
    }
    samePatternNext[index] = terminalAll[node]!;
    terminalAll[node] = index;
    previous = pattern;
  }
  const symbols = alphabet.length + 1;
  const rootRow = rootChildren.slice(0, symbols);

  // Breadth first from the root: a node's failure links lead to shallower nodes only, whose
  // records are complete by the time its children look through them. The transition lookup is
  // written out in the loop: a call per step costs more than the rest when the code is cold.
  const nodes = new Int32Array(nodeCount * NODE_SIZE);
  const rows = new Int32Array(Math.max(1, denseCount * symbols)).fill(NONE);
  let nextRow = 0;
  const queue = new Int32Array(nodeCount);
  let head = 0;
  let tail = 1;
  while (head < tail) {
    const node = queue[head++]!;
    const at = node * NODE_SIZE;
    layOut(node);
    for (let child = firstChild[node]!; child !== NONE; child = nextSibling[child]!) {
      const symbol = nodeSymbol[child]!;
      // A child of the root fails to the root; any other follows its parent's failure chain.
      let target = node === 0 ? 0 : NONE;
      let f = nodes[at + NODE_FAIL]!;
      while (target === NONE) {
        if (f === 0) {
          target = rootRow[symbol]!;
          break;
        }
        const row = nodes[f + NODE_ROW]!;
        target =
          row !== NONE ? rows[row + symbol]! : nodes[f + NODE_SYMBOL_A] === symbol ? nodes[f + NODE_TARGET_A]! : nodes[f + NODE_SYMBOL_B] === symbol ? nodes[f + NODE_TARGET_B]! : NONE;
        f = nodes[f + NODE_FAIL]!;
      }
      const childAt = child * NODE_SIZE;
      nodes[childAt + NODE_FAIL] = target;
      nodes[childAt + NODE_REPORT] = terminalAll[child] !== NONE ? childAt : nodes[target + NODE_REPORT]!;
      queue[tail++] = child;
    }
  }

  /** Writes the node's transitions and terminal into its record (the root's are in `rootRow`). */
  function layOut(node: number): void {
    const at = node * NODE_SIZE;
    nodes[at + NODE_ROW] = NONE;
    nodes[at + NODE_SYMBOL_A] = NONE;
    nodes[at + NODE_SYMBOL_B] = NONE;
    nodes[at + NODE_TERMINAL] = terminalAll[node]!;
    if (node === 0) return;
    if (childCount[node]! >= DENSE_FROM) {
      const base = nextRow * symbols;
      nodes[at + NODE_ROW] = base;
      nextRow++;
      for (let c = firstChild[node]!; c !== NONE; c = nextSibling[c]!) rows[base + nodeSymbol[c]!] = c * NODE_SIZE;
      return;
    }
    for (let c = firstChild[node]!; c !== NONE; c = nextSibling[c]!) {
      if (nodes[at + NODE_SYMBOL_A] === NONE) {
        nodes[at + NODE_SYMBOL_A] = nodeSymbol[c]!;
        nodes[at + NODE_TARGET_A] = c * NODE_SIZE;
      } else {
        nodes[at + NODE_SYMBOL_B] = nodeSymbol[c]!;
        nodes[at + NODE_TARGET_B] = c * NODE_SIZE;
      }
    }
  }

  const tables: AutomatonTables = { alphabet: Uint16Array.from(alphabet), rootRow, nodes, rows, samePatternNext, lengths };
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
  const { rootRow, nodes, rows, samePatternNext } = tables;
  for (;;) {
    if (node === 0) {
      node = rootRow[symbol]!;
      break;
    }
    const row = nodes[node + NODE_ROW]!;
    const target =
      row !== NONE ? rows[row + symbol]! : nodes[node + NODE_SYMBOL_A] === symbol ? nodes[node + NODE_TARGET_A]! : nodes[node + NODE_SYMBOL_B] === symbol ? nodes[node + NODE_TARGET_B]! : NONE;
    if (target !== NONE) {
      node = target;
      break;
    }
    node = nodes[node + NODE_FAIL]!;
  }
  reportAt(tables, node, position, onMatch);
  return node;
}

/** Reports every pattern that ends at `node` or on its failure chain, longest first. */
export function reportAt(tables: AutomatonTables, node: number, position: number, onMatch: MatchHandler): void {
  const { nodes, samePatternNext } = tables;
  for (let out = nodes[node + NODE_REPORT]!; out > 0; out = nodes[nodes[out + NODE_FAIL]! + NODE_REPORT]!) {
    for (let p = nodes[out + NODE_TERMINAL]!; p !== NONE; p = samePatternNext[p]!) onMatch(p, position);
  }
}
