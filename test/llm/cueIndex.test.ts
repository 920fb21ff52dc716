import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { AR } from '../../src/llm/rules/ar.ts';
import { LiteralIndex } from '../../src/llm/rules/cueIndex.ts';
import { DE } from '../../src/llm/rules/de.ts';
import { EN } from '../../src/llm/rules/en.ts';
import { ES } from '../../src/llm/rules/es.ts';
import { CONFLICT_RULES, INJECTION_RULES } from '../../src/llm/rules/escalation.ts';
import { FA } from '../../src/llm/rules/fa.ts';
import { FR } from '../../src/llm/rules/fr.ts';
import { compilePhrase, foldText } from '../../src/llm/rules/normalize.ts';
import { parseEmail } from '../../src/mail/parse.ts';

describe('LiteralIndex', () => {
  it('returns, in list order, the regexes whose literals all occur, and those without literals', () => {
    const index = new LiteralIndex([/refund/, /where is my order/, /\d+/, /cancel[^.]*order/]);
    expect(index.scan('please cancel my order')).toEqual([2, 3]);
    expect(index.scan('where is my order? no refund yet')).toEqual([0, 1, 2]);
    expect(index.scan('')).toEqual([2]);
  });
});

// Every cue and escalation rule against every text of the labelled corpora: the index must never
// leave out a regex that matches.
const CORPORA = ['eval', 'holdout', 'holdout2', 'holdout3', 'holdout4', 'inbox'];
const CUE_REGEXES = [EN, ES, FR, DE, FA, AR].flatMap((table) =>
  Object.values(table).flatMap((cues) => (cues ?? []).map(([pattern]) => (typeof pattern === 'string' ? compilePhrase(pattern) : pattern))),
);
const LISTS: [name: string, regexes: RegExp[]][] = [
  ['cues', CUE_REGEXES],
  ['conflict rules', CONFLICT_RULES.map((r) => r.pattern)],
  ['injection rules', INJECTION_RULES.map((r) => r.pattern)],
];

describe('LiteralIndex over the labelled corpora', () => {
  let texts: string[] = [];
  beforeAll(async () => {
    const seen = new Set<string>();
    for (const corpus of CORPORA) {
      const dir = join(import.meta.dirname, '..', '..', 'fixtures', corpus);
      for (const file of readdirSync(dir).filter((f) => f.endsWith('.eml'))) {
        const e = await parseEmail(readFileSync(join(dir, file)));
        for (const t of [e.subject, e.newText, e.quotedText, e.text, e.signature]) seen.add(foldText(t));
      }
    }
    texts = [...seen].filter((t) => t.trim() !== '');
  });

  it.each(LISTS)('never leaves out one of the %s that matches a text', (_name, regexes) => {
    const index = new LiteralIndex(regexes);
    const missed: string[] = [];
    let matches = 0;
    for (const text of texts) {
      const may = new Set(index.scan(text));
      regexes.forEach((re, i) => {
        re.lastIndex = 0;
        if (!re.test(text)) return;
        matches++;
        if (!may.has(i)) missed.push(`${re.source.slice(0, 60)} in "${text.slice(0, 60)}"`);
      });
    }
    expect(texts.length).toBeGreaterThan(1000);
    expect(matches).toBeGreaterThan(100);
    expect(missed).toEqual([]);
  });
});
