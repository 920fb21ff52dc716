import { describe, expect, it } from 'vitest';
import { compilePhrase } from '../../src/llm/rules/normalize.ts';
import { requiredLiterals } from '../../src/llm/rules/regexLiterals.ts';

/** Whether a text holds a literal of each set, the way the index decides. */
const passes = (sets: string[][], text: string) => sets.every((set) => set.some((lit) => text.includes(lit)));

describe('requiredLiterals', () => {
  it('reads the words of a phrase cue', () => {
    expect(requiredLiterals(compilePhrase('in transit')).sort()).toEqual([['in'], ['transit']]);
  });

  it('takes one of the alternatives, optional parts both ways', () => {
    expect(requiredLiterals(/\b(?:cancel|annul)\w*/)).toEqual([['cancel', 'annul']]);
    expect(requiredLiterals(/colou?r/)[0]?.sort()).toEqual(['color', 'colour']);
  });

  it('keeps a literal on each side of a gap', () => {
    expect(requiredLiterals(/\bdisput\w*\b[^.\n]{0,40}\bbank\b/).map((s) => s.sort())).toEqual(expect.arrayContaining([['disput'], ['bank']]));
  });

  it('combines alternatives that each need two literals', () => {
    const sets = requiredLiterals(/refund[^.]{0,20}bank|bank[^.]{0,20}refund/);
    expect(passes(sets, 'the bank')).toBe(false);
    expect(passes(sets, 'refund from the bank')).toBe(true);
  });

  it('needs nothing of a part that may be absent, a lookaround or a class', () => {
    const sets = requiredLiterals(/(?:the )?order(?= now)[0-9]/);
    expect(passes(sets, 'order7')).toBe(true);
    expect(passes(sets, 'the ord now')).toBe(false);
  });

  it('gives up on what it does not read: the i flag, back-references, one-letter literals', () => {
    expect(requiredLiterals(/refund/i)).toEqual([]);
    expect(requiredLiterals(/(ab)\1/)).toEqual([]);
    expect(requiredLiterals(/\d+ ?x\b/)).toEqual([]);
  });

  it('cuts long literals to their start', () => {
    expect(requiredLiterals(/international shipping/)).toEqual([['internat']]);
  });
});

describe('requiredLiterals on random regexes', () => {
  // Random regexes built with a generator of strings they match: every such string must hold a
  // literal of each set. A fixed seed keeps the run reproducible.
  let seed = 42;
  const rnd = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed % n;
  };
  const pick = <T>(xs: readonly T[]): T => xs[rnd(xs.length)]!;
  const CHARS = ['a', 'b', 'c', 'é', ' ', '-', '.', 'ی'];
  type Piece = { src: string; gen: () => string };
  const piece = (depth: number): Piece => {
    switch (depth > 3 ? 0 : rnd(9)) {
      case 0:
      case 1: {
        const s = Array.from({ length: 1 + rnd(4) }, () => pick(CHARS)).join('');
        return { src: s.replace(/[.\-]/g, '\\$&'), gen: () => s };
      }
      case 2: {
        const [a, b] = [piece(depth + 1), piece(depth + 1)];
        return { src: `(?:${a.src}|${b.src})`, gen: () => (rnd(2) ? a.gen() : b.gen()) };
      }
      case 3: {
        const a = piece(depth + 1);
        const [q, min, max] = pick([['?', 0, 1], ['*', 0, 3], ['+', 1, 3], ['{2}', 2, 2], ['{1,3}', 1, 3], ['??', 0, 1]] as const);
        return { src: `(?:${a.src})${q}`, gen: () => Array.from({ length: min + rnd(max - min + 1) }, () => a.gen()).join('') };
      }
      case 4: {
        const [a, b] = [piece(depth + 1), piece(depth + 1)];
        return { src: a.src + b.src, gen: () => a.gen() + b.gen() };
      }
      case 5:
        return { src: '[ab\\-]', gen: () => pick(['a', 'b', '-']) };
      case 6:
        return { src: '\\s', gen: () => ' ' };
      case 7:
        return { src: '[a-e]', gen: () => pick(['a', 'c', 'e']) };
      default: {
        const a = piece(depth + 1);
        return { src: `(?=${a.src})`, gen: () => '' };
      }
    }
  };

  it('never requires a literal that a match lacks', () => {
    let checked = 0;
    for (let n = 0; n < 3000; n++) {
      const p = piece(0);
      const re = new RegExp(p.src, rnd(2) ? 'u' : '');
      const sets = requiredLiterals(re);
      for (let k = 0; k < 4; k++) {
        const text = `x${p.gen()}y`;
        if (!re.test(text)) continue; // a lookahead may not hold
        checked++;
        expect(passes(sets, text), `${re} on ${JSON.stringify(text)}`).toBe(true);
      }
    }
    expect(checked).toBeGreaterThan(5000);
  });
});
