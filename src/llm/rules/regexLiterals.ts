/**
 * The literal strings a regex's matches must contain, read from its source: "refund" for
 * `\brefund(?:ed)?\b`, one of "cancel" and "annul" for `\b(?:cancel|annul)\w+`, and both "bank"
 * and one of "disput"/"contest" for `\b(?:disput|contest)\w*[^.]{0,40}\bbank`. cueIndex.ts uses
 * them to run only the regexes that can match a text.
 *
 * The reading is deliberately partial: anything it does not fully understand (classes, `.`,
 * back-references, the `i`/`v` flags, unusual syntax) counts as "could be anything here", which
 * only makes the literals fewer, never wrong (test/llm/regexLiterals.test.ts tries it on random
 * regexes, test/llm/cueIndex.test.ts on every cue and rule over the labelled corpora).
 */

/** Literals one of which a match contains, and how likely a text holds one (see chance). */
interface AnyOf {
  literals: readonly string[];
  chance: number;
}

/** What a piece of a regex can match: its exact strings when few, and literals every match contains. */
interface Info {
  /** Every string it can match (at most MAX_EXACT of them, repeats allowed), or null when unknown or too many. */
  exact: readonly string[] | null;
  /** Every match contains a literal of each of these (an AND of ORs); empty when nothing is known. */
  all: readonly AnyOf[];
}

const MAX_EXACT = 32;
/** Literals shorter than this are found in nearly every text: a set holding one is no filter. */
const MIN_LITERAL = 2;
/**
 * A text that holds a literal holds its start: literals are cut to this length, which filters
 * hardly worse and keeps cueIndex.ts's trie small. A set of more literals than MAX_ANY_OF is dropped.
 */
const MAX_LITERAL = 8;
const MAX_ANY_OF = 400;
/** How many literal sets a regex keeps (the most selective; at most 8, one bit each in cueIndex.ts), and how many an alternation may combine. */
const MAX_SETS = 4;
const MAX_COMBINATIONS = 16;

const ANYTHING: Info = { exact: null, all: [] };
const EMPTY: Info = { exact: [''], all: [] };

class Unsupported extends Error {}

/** Characters that stand for themselves in a regex source. */
const PLAIN_RUN = /[^\\^$.|?*+()[\]{}]+/y;
const LOOKAROUND = /^\(\?<?[=!]/;

/**
 * A rough chance that a text holds a literal, from its length alone: "to" is in most texts,
 * "refund" in few. Only used to choose which sets to keep.
 */
const chance = (literal: string) => 4 ** -(literal.length - 1);

function anyOf(strings: readonly string[]): AnyOf | null {
  if (strings.length === 0 || strings.length > MAX_ANY_OF) return null;
  if (strings.some((s) => s.length < MIN_LITERAL)) return null;
  const literals = strings.map((s) => (s.length > MAX_LITERAL ? s.slice(0, MAX_LITERAL) : s));
  return { literals, chance: literals.reduce((sum, lit) => sum + chance(lit), 0) };
}

/** The literal sets of a piece: its own, or its exact strings when it cannot match the empty string. */
function requiredOf(info: Info): readonly AnyOf[] {
  if (info.all.length > 0 || !info.exact || info.exact.includes('')) return info.all;
  const set = anyOf(info.exact);
  return set ? [set] : [];
}

/** The most selective sets first, at most MAX_SETS, no repeats. */
function keep(sets: AnyOf[]): AnyOf[] {
  if (sets.length <= 1) return sets;
  sets.sort((a, b) => a.chance - b.chance);
  const kept: AnyOf[] = [];
  for (const set of sets) {
    if (kept.length === MAX_SETS) break;
    const same = (k: AnyOf) => k === set || (k.literals.length === set.literals.length && k.literals.every((lit, i) => lit === set.literals[i]));
    if (!kept.some(same)) kept.push(set);
  }
  return kept;
}

function product(a: readonly string[], b: readonly string[]): string[] | null {
  if (a.length * b.length > MAX_EXACT) return null;
  const out: string[] = [];
  for (const x of a) for (const y of b) out.push(x + y);
  return out;
}

function concat(items: readonly Info[]): Info {
  if (items.length === 1) return items[0]!;
  let exact: readonly string[] | null = [''];
  const sets: AnyOf[] = [];
  // A run of consecutive exactly-known items is one contiguous literal: "colo" "u?" "r" → colour|color.
  let run: readonly string[] = [''];
  const closeRun = (): void => {
    const set = run.includes('') ? null : anyOf(run);
    if (set) sets.push(set);
  };
  for (const item of items) {
    sets.push(...item.all);
    exact = exact && item.exact ? product(exact, item.exact) : null;
    const longer = item.exact ? product(run, item.exact) : null;
    if (longer) {
      run = longer;
      continue;
    }
    closeRun();
    run = item.exact ?? [''];
  }
  closeRun();
  return { exact, all: keep(sets) };
}

function alternation(branches: readonly Info[]): Info {
  if (branches.length === 1) return branches[0]!;
  let exact: string[] | null = [];
  for (const b of branches) {
    if (!exact) break;
    exact = b.exact && exact.length + b.exact.length <= MAX_EXACT ? exact.concat(b.exact) : null;
  }
  const each = branches.map(requiredOf);
  if (each.some((sets) => sets.length === 0)) return { exact, all: [] };
  // (A1 and B1) or (A2 and B2) needs (A1 or A2) and (A1 or B2) and (B1 or A2) and (B1 or B2):
  // every choice of one set per branch, merged. Each branch offers its best set, and more of its
  // sets (best first) while the choices stay at most MAX_COMBINATIONS.
  const counts = each.map(() => 1);
  let product = 1;
  for (let grown = true; grown; ) {
    grown = false;
    for (let b = 0; b < each.length; b++) {
      const next = (product / counts[b]!) * (counts[b]! + 1);
      if (counts[b]! < each[b]!.length && next <= MAX_COMBINATIONS) {
        product = next;
        counts[b]!++;
        grown = true;
      }
    }
  }
  const choices: AnyOf[][] = [];
  for (let c = 0; c < product; c++) {
    let rest = c;
    choices.push(
      each.map((sets, b) => {
        const set = sets[rest % counts[b]!]!;
        rest = Math.floor(rest / counts[b]!);
        return set;
      }),
    );
  }
  const merged: AnyOf[] = [];
  for (const chosen of choices) {
    const literals = chosen.flatMap((set) => set.literals);
    if (literals.length <= MAX_ANY_OF) merged.push({ literals, chance: chosen.reduce((sum, set) => sum + set.chance, 0) });
  }
  return { exact, all: keep(merged) };
}

function repeat(atom: Info, min: number, max: number): Info {
  if (min === 1 && max === 1) return atom;
  if (min === 0) return { exact: max === 1 && atom.exact ? [...atom.exact, ''] : null, all: [] };
  let exact: readonly string[] | null = null;
  if (atom.exact && min === max) {
    exact = [''];
    for (let i = 0; i < min && exact; i++) exact = product(exact, atom.exact);
  }
  return { exact, all: requiredOf(atom) };
}

/** Reads a regex source for what its matches must contain (see Info); throws Unsupported on anything unexpected. */
class Reader {
  private pos = 0;
  private readonly src: string;
  private readonly unicode: boolean;

  constructor(src: string, unicode: boolean) {
    this.src = src;
    this.unicode = unicode;
  }

  read(): Info {
    const info = this.disjunction();
    if (this.pos !== this.src.length) throw new Unsupported();
    return info;
  }

  private peek(): string {
    return this.src[this.pos] ?? '';
  }

  private disjunction(): Info {
    const branches = [this.alternative()];
    while (this.peek() === '|') {
      this.pos++;
      branches.push(this.alternative());
    }
    return alternation(branches);
  }

  private alternative(): Info {
    const items: Info[] = [];
    while (this.pos < this.src.length && this.peek() !== '|' && this.peek() !== ')') {
      const item = this.plainRun() ?? this.term();
      const last = items[items.length - 1];
      // Consecutive single strings are one string ("r" "e" "f" → "ref"): fewer pieces to combine.
      if (last?.exact?.length === 1 && item.exact?.length === 1) items[items.length - 1] = { exact: [last.exact[0]! + item.exact[0]!], all: [] };
      else items.push(item);
    }
    return concat(items);
  }

  /** Plain characters up to the next special one, less the last if a quantifier applies to it. */
  private plainRun(): Info | null {
    PLAIN_RUN.lastIndex = this.pos;
    let run = PLAIN_RUN.exec(this.src)?.[0];
    if (!run) return null;
    if ('*+?{'.includes(this.src[this.pos + run.length] ?? '')) {
      // With the u flag the last character may be a surrogate pair.
      run = run.slice(0, this.unicode && /[\ud800-\udbff][\udc00-\udfff]$/.test(run) ? -2 : -1);
      if (!run) return null;
    }
    this.pos += run.length;
    return { exact: [run], all: [] };
  }

  private term(): Info {
    const c = this.peek();
    if (c === '^' || c === '$') {
      this.pos++;
      return EMPTY;
    }
    if (c === '\\' && (this.src[this.pos + 1] === 'b' || this.src[this.pos + 1] === 'B')) {
      this.pos += 2;
      return EMPTY;
    }
    if (c === '(' && LOOKAROUND.test(this.src.slice(this.pos, this.pos + 4))) {
      // A lookaround consumes nothing: the matched text is the same with or without it.
      this.pos += this.src[this.pos + 2] === '<' ? 4 : 3;
      this.group();
      this.quantifier(EMPTY);
      return EMPTY;
    }
    return this.quantifier(this.atom());
  }

  private group(): Info {
    const info = this.disjunction();
    if (this.peek() !== ')') throw new Unsupported();
    this.pos++;
    return info;
  }

  private atom(): Info {
    const c = this.peek();
    if (c === '(') {
      if (this.src.startsWith('(?:', this.pos)) this.pos += 3;
      else if (this.src.startsWith('(?<', this.pos)) {
        const close = this.src.indexOf('>', this.pos);
        if (close < 0 || !/^\(\?<[\p{L}_$][\p{L}\p{N}_$]*>$/u.test(this.src.slice(this.pos, close + 1))) throw new Unsupported();
        this.pos = close + 1;
      } else if (this.src.startsWith('(?', this.pos)) throw new Unsupported();
      else this.pos++;
      return this.group();
    }
    if (c === '[') return this.charClass();
    if (c === '.') {
      this.pos++;
      return ANYTHING;
    }
    if (c === '\\') return this.escape();
    if ('*+?{})]|'.includes(c) || c === '') throw new Unsupported();
    return { exact: [this.char()], all: [] };
  }

  /** One literal character: a whole code point with the u flag, one code unit without. */
  private char(): string {
    const ch = this.unicode ? String.fromCodePoint(this.src.codePointAt(this.pos)!) : this.src[this.pos]!;
    this.pos += ch.length;
    return ch;
  }

  private quantifier(atom: Info): Info {
    const c = this.peek();
    let min: number;
    let max: number;
    if (c === '*' || c === '+' || c === '?') {
      this.pos++;
      [min, max] = c === '*' ? [0, Infinity] : c === '+' ? [1, Infinity] : [0, 1];
    } else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.pos));
      if (!m) throw new Unsupported();
      this.pos += m[0].length;
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] ? Number(m[3]) : Infinity;
    } else return atom;
    if (this.peek() === '?') this.pos++; // lazy: same strings
    return repeat(atom, min, max);
  }

  /** An escape outside a class: a literal character, or ANYTHING for a character class escape. */
  private escape(): Info {
    const ch = this.escapedChar(false);
    return ch === null ? ANYTHING : { exact: [ch], all: [] };
  }

  /** The character an escape stands for, or null for a class escape (\d, \w, \s, \p{…}). */
  private escapedChar(inClass: boolean): string | null {
    const e = this.src[this.pos + 1] ?? '';
    this.pos += 2;
    if ('dDwWsS'.includes(e)) return null;
    if (this.unicode && (e === 'p' || e === 'P')) {
      const close = this.src.indexOf('}', this.pos);
      if (this.peek() !== '{' || close < 0) throw new Unsupported();
      this.pos = close + 1;
      return null;
    }
    const simple: Record<string, string> = { n: '\n', r: '\r', t: '\t', f: '\f', v: '\v' };
    if (simple[e]) return simple[e];
    if (inClass && e === 'b') return '\b';
    if (e === '0' && !/\d/.test(this.peek())) return '\0';
    if (e === 'x' || (e === 'u' && this.peek() !== '{')) {
      const hex = this.src.slice(this.pos, this.pos + (e === 'x' ? 2 : 4));
      if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== (e === 'x' ? 2 : 4)) throw new Unsupported();
      const code = parseInt(hex, 16);
      // A surrogate half may pair with the next escape under the u flag: not worth reading.
      if (code >= 0xd800 && code <= 0xdfff) throw new Unsupported();
      this.pos += hex.length;
      return String.fromCharCode(code);
    }
    if (e === 'u' && this.unicode) {
      const m = /^\{([0-9a-fA-F]{1,6})\}/.exec(this.src.slice(this.pos));
      if (!m) throw new Unsupported();
      this.pos += m[0].length;
      return String.fromCodePoint(parseInt(m[1]!, 16));
    }
    // Back-references, \c, \k and other letter or digit escapes: not read.
    if (e === '' || /[\p{L}\p{N}]/u.test(e)) throw new Unsupported();
    if (this.unicode && e.charCodeAt(0) >= 0xd800 && e.charCodeAt(0) <= 0xdbff) throw new Unsupported();
    return e; // an escaped punctuation character stands for itself
  }

  /** A class of a few listed characters ("[ae]", "[\s\-]") is read as those; anything larger or negated is ANYTHING. */
  private charClass(): Info {
    this.pos++;
    let negated = false;
    if (this.peek() === '^') {
      negated = true;
      this.pos++;
    }
    const chars = new Set<string>();
    let known = !negated;
    let closed = false;
    while (this.pos < this.src.length) {
      const c = this.peek();
      if (c === ']') {
        this.pos++;
        closed = true;
        break;
      }
      let ch: string | null;
      if (c === '\\') ch = this.escapedChar(true);
      else if (c === '[' && this.src[this.pos + 1] === ':') throw new Unsupported();
      else ch = this.char();
      if (this.peek() === '-' && this.src[this.pos + 1] !== ']') {
        // A range: skip its end and give up on listing the class.
        this.pos++;
        if (this.peek() === '\\') this.escapedChar(true);
        else this.char();
        known = false;
      } else if (ch === null) known = false;
      else chars.add(ch);
    }
    if (!closed) throw new Unsupported();
    return known && chars.size > 0 && chars.size <= 8 ? { exact: [...chars], all: [] } : ANYTHING;
  }
}

/**
 * Sets of literal strings such that every match of `re` contains a literal of each set; empty when
 * none could be read (the regex must then always be run). Case-insensitive and v-flag regexes are
 * not read.
 */
export function requiredLiterals(re: RegExp): string[][] {
  if (re.flags.includes('i') || re.flags.includes('v')) return [];
  let info: Info;
  try {
    info = new Reader(re.source, re.flags.includes('u')).read();
  } catch (err) {
    if (err instanceof Unsupported) return [];
    throw err;
  }
  return requiredOf(info).map((set) => [...new Set(set.literals)]);
}
