import { requiredLiterals } from './regexLiterals.ts';

/**
 * A literal prefilter for long lists of regexes (the keyword cues, the escalation rules).
 *
 * Why: the offline classifier tests ~1,400 cue regexes against each text, and nearly all of them
 * miss. Each regex is read once for the literals every match contains (regexLiterals.ts); one
 * pass over a text finds which of them occur, and only the regexes whose literals all occur (or
 * that have none) are run. A regex is never skipped on a text it could match, so results are
 * unchanged (test/llm/cueIndex.test.ts checks every cue and rule over the labelled corpora).
 * One combined regex was tried before and was slower.
 */

/** Trie nodes shallower than this get a dense row of transitions (fast); deeper ones, Map entries (small). */
const DENSE_DEPTH = 3;

interface Trie {
  /** Per character code, its letter number in this index (0: in no literal). */
  letters: Uint8Array | Uint16Array;
  /** Letters + 1: the width of a dense row. */
  width: number;
  /** Dense rows of nodes 0..denseNodes-1 (the root is 0): row × width + letter → child + 1, 0 for none. */
  rows: Int32Array;
  denseNodes: number;
  /** Transitions of deeper nodes: node × width + letter → child. */
  deep: Map<number, number>;
  /** Per node, the literal sets ending there (regex id × 8 + set number): ends[endStart[n] … endStart[n + 1]). */
  endStart: Int32Array;
  ends: Int32Array;
  /** Per regex, the bit mask of all its sets (0: none). */
  full: Uint8Array;
  /** The regexes without sets: always run. */
  always: readonly number[];
}

function buildTrie(patterns: readonly RegExp[]): Trie {
  interface Node {
    children: Map<number, Node>;
    ends: number[];
    id: number;
  }
  const root: Node = { children: new Map(), ends: [], id: 0 };
  const full = new Uint8Array(patterns.length);
  const always: number[] = [];
  const letterOf = new Map<number, number>();
  for (let id = 0; id < patterns.length; id++) {
    const sets = requiredLiterals(patterns[id]!);
    if (sets.length === 0) always.push(id);
    for (let k = 0; k < sets.length; k++) {
      full[id]! |= 1 << k;
      for (const lit of sets[k]!) {
        let node = root;
        for (let i = 0; i < lit.length; i++) {
          const code = lit.charCodeAt(i);
          if (!letterOf.has(code)) letterOf.set(code, letterOf.size + 1);
          const letter = letterOf.get(code)!;
          let child = node.children.get(letter);
          if (!child) node.children.set(letter, (child = { children: new Map(), ends: [], id: 0 }));
          node = child;
        }
        if (!node.ends.includes(id * 8 + k)) node.ends.push(id * 8 + k);
      }
    }
  }
  // Number the nodes breadth first, so the shallow (dense) ones come first.
  const order: Node[] = [root];
  let denseNodes = 1;
  for (let depth = 0, level = [root]; level.length > 0; depth++) {
    const next: Node[] = [];
    for (const node of level) for (const child of node.children.values()) next.push(child);
    for (const child of next) {
      child.id = order.length;
      order.push(child);
    }
    if (depth + 1 < DENSE_DEPTH) denseNodes = order.length;
    level = next;
  }
  const width = letterOf.size + 1;
  const rows = new Int32Array(denseNodes * width);
  const deep = new Map<number, number>();
  const endStart = new Int32Array(order.length + 1);
  const ends: number[] = [];
  for (const node of order) {
    for (const [letter, child] of node.children) {
      if (node.id < denseNodes) rows[node.id * width + letter] = child.id + 1;
      else deep.set(node.id * width + letter, child.id);
    }
    endStart[node.id] = ends.length;
    ends.push(...node.ends);
  }
  endStart[order.length] = ends.length;
  const letters = width <= 0x100 ? new Uint8Array(0x10000) : new Uint16Array(0x10000);
  for (const [code, letter] of letterOf) letters[code] = letter;
  return { letters, width, rows, denseNodes, deep, endStart, ends: Int32Array.from(ends), full, always };
}

/**
 * The literals of a list of regexes in a trie, built at the first scan (reading the classifier's
 * ~1,400 cues takes tens of milliseconds, not worth paying when a module is only loaded).
 * `scan(text)` walks the text once and returns, in list order, the regexes that may match it:
 * those with a literal of each of their sets in the text, and those without sets.
 */
export class LiteralIndex {
  private readonly patterns: readonly RegExp[];
  private trie: Trie | null = null;
  /** Scratch space of a scan, cleared after each: per trie node, whether its literal was seen; per regex, the sets found. */
  private seen = new Uint8Array(0);
  private found = new Uint8Array(0);

  constructor(patterns: readonly RegExp[]) {
    this.patterns = patterns;
  }

  /** The positions in the list of the regexes that may match `text`, ascending. */
  scan(text: string): number[] {
    const trie = (this.trie ??= this.build());
    const { letters, width, rows, denseNodes, deep, endStart, ends, full } = trie;
    const { seen, found } = this;
    // The literals in the text, each once however often it occurs.
    const literals: number[] = [];
    for (let i = 0; i < text.length; i++) {
      let node = 0;
      for (let j = i; j < text.length; j++) {
        const letter = letters[text.charCodeAt(j)]!;
        if (letter === 0) break;
        const next = node < denseNodes ? rows[node * width + letter]! - 1 : (deep.get(node * width + letter) ?? -1);
        if (next < 0) break;
        node = next;
        if (seen[node] === 1) {
          seen[node] = 2;
          literals.push(node);
        }
      }
    }
    const touched: number[] = [];
    for (const node of literals) {
      seen[node] = 1;
      for (let e = endStart[node]!, end = endStart[node + 1]!; e < end; e++) {
        const id = ends[e]! >> 3;
        if (found[id] === 0) touched.push(id);
        found[id]! |= 1 << (ends[e]! & 7);
      }
    }
    const may = trie.always.slice();
    for (const id of touched) {
      if (found[id] === full[id]) may.push(id);
      found[id] = 0;
    }
    return may.sort((a, b) => a - b);
  }

  private build(): Trie {
    const trie = buildTrie(this.patterns);
    // 1 marks a node where a literal ends (2 while a scan has seen it).
    this.seen = new Uint8Array(trie.endStart.length - 1);
    for (let node = 0; node < this.seen.length; node++) if (trie.endStart[node + 1]! > trie.endStart[node]!) this.seen[node] = 1;
    this.found = new Uint8Array(this.patterns.length);
    return trie;
  }
}
