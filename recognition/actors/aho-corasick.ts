/**
 * A generic Aho–Corasick automaton over UTF-16 code units.
 *
 * Building is linear in the total length of the patterns; searching is linear in the length of
 * the text plus the number of matches. Transitions from the root live in a dense table (most
 * characters of a text fail back to the root); every other transition lives in one
 * open-addressing hash table keyed by (node, code unit), so memory stays proportional to the
 * number of trie edges whatever the alphabet.
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
}

const EMPTY = -1;

/** Builds the automaton for `patterns`; empty patterns never match. */
export function buildAutomaton(patterns: readonly string[]): Automaton {
  let total = 0;
  for (const p of patterns) total += p.length;
  const maxNodes = total + 1;

  // Trie storage. Node 0 is the root.
  const firstChild = new Int32Array(maxNodes).fill(EMPTY);
  const nextSibling = new Int32Array(maxNodes).fill(EMPTY);
  const nodeCode = new Uint16Array(maxNodes);
  const terminal = new Int32Array(maxNodes).fill(EMPTY);
  const samePatternNext = new Int32Array(patterns.length).fill(EMPTY);
  const lengths = new Int32Array(patterns.length);
  const rootNext = new Int32Array(65536);

  // Edge hash table: at most one edge per non-root node; load factor at most one half.
  let bits = 4;
  while (1 << bits < 2 * maxNodes) bits++;
  const shift = 32 - bits;
  const mask = (1 << bits) - 1;
  const hashNode = new Int32Array(1 << bits).fill(EMPTY);
  const hashCode = new Uint16Array(1 << bits);
  const hashTarget = new Int32Array(1 << bits);

  const slotOf = (node: number, code: number): number =>
    Math.imul((node << 16) ^ code ^ (node >>> 16), 0x9e3779b1) >>> shift;

  const lookup = (node: number, code: number): number => {
    let slot = slotOf(node, code);
    for (;;) {
      const n = hashNode[slot]!;
      if (n === EMPTY) return EMPTY;
      if (n === node && hashCode[slot] === code) return hashTarget[slot]!;
      slot = (slot + 1) & mask;
    }
  };

  let nodeCount = 1;
  const addChild = (parent: number, code: number): number => {
    const child = nodeCount++;
    nodeCode[child] = code;
    nextSibling[child] = firstChild[parent]!;
    firstChild[parent] = child;
    if (parent === 0) {
      rootNext[code] = child;
    } else {
      let slot = slotOf(parent, code);
      while (hashNode[slot] !== EMPTY) slot = (slot + 1) & mask;
      hashNode[slot] = parent;
      hashCode[slot] = code;
      hashTarget[slot] = child;
    }
    return child;
  };

  patterns.forEach((pattern, index) => {
    lengths[index] = pattern.length;
    if (pattern.length === 0) return;
    let node = 0;
    for (let i = 0; i < pattern.length; i++) {
      const code = pattern.charCodeAt(i);
      const next = node === 0 ? rootNext[code]! || EMPTY : lookup(node, code);
      node = next === EMPTY ? addChild(node, code) : next;
    }
    samePatternNext[index] = terminal[node]!;
    terminal[node] = index;
  });

  // Failure links and dictionary (output) links, breadth first.
  const fail = new Int32Array(nodeCount);
  const outLink = new Int32Array(nodeCount);
  const queue = new Int32Array(nodeCount);
  let head = 0;
  let tail = 0;
  for (let c = firstChild[0]!; c !== EMPTY; c = nextSibling[c]!) queue[tail++] = c;
  while (head < tail) {
    const node = queue[head++]!;
    for (let child = firstChild[node]!; child !== EMPTY; child = nextSibling[child]!) {
      const code = nodeCode[child]!;
      let f = fail[node]!;
      let target = EMPTY;
      for (;;) {
        target = f === 0 ? rootNext[code]! : lookup(f, code);
        if (target > 0 && target !== child) break;
        if (f === 0) {
          target = 0;
          break;
        }
        f = fail[f]!;
      }
      fail[child] = target;
      outLink[child] = terminal[target]! !== EMPTY ? target : outLink[target]!;
      queue[tail++] = child;
    }
  }

  return {
    patternCount: patterns.length,
    patternLength: (p) => lengths[p]!,
    search(codes, length, onMatch) {
      let node = 0;
      for (let i = 0; i < length; i++) {
        const code = codes[i]!;
        for (;;) {
          if (node === 0) {
            node = rootNext[code]!;
            break;
          }
          // Inlined `lookup`: this loop is the hot path of actor recognition.
          let slot = Math.imul((node << 16) ^ code ^ (node >>> 16), 0x9e3779b1) >>> shift;
          let target = EMPTY;
          for (;;) {
            const n = hashNode[slot]!;
            if (n === EMPTY) break;
            if (n === node && hashCode[slot] === code) {
              target = hashTarget[slot]!;
              break;
            }
            slot = (slot + 1) & mask;
          }
          if (target !== EMPTY) {
            node = target;
            break;
          }
          node = fail[node]!;
        }
        let out = terminal[node] !== EMPTY ? node : outLink[node]!;
        while (out > 0) {
          for (let p = terminal[out]!; p !== EMPTY; p = samePatternNext[p]!) onMatch(p, i + 1);
          out = outLink[out]!;
        }
      }
    },
  };
}
