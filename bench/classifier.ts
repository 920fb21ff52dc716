// CPU cost of the offline classifier per email (not part of `npm run bench`): every .eml of the
// labelled corpora, classified N times each, plus the benchmark's "where is my order" email (20 of
// them, one per demo order, and one of them alone, over and over).
//
//   node --import tsx bench/classifier.ts [--rounds 5] [--dump results.json] [--only eval,inbox]
//
// `--dump` writes every email's full result (classification, order extraction with its rejected
// traps, tracking numbers, escalation, conflict split) so two versions can be diffed: the
// classifier's output must not change when only its speed does.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { ParsedEmail } from '../src/domain/email.ts';
import { extractOrderNumbers, extractTrackingNumbers } from '../src/domain/orderNumbers.ts';
import type { ClassifyContext } from '../src/llm/port.ts';
import { classifyOffline } from '../src/llm/offlineClassifier.ts';
import { detectEscalation, splitConflictSentences } from '../src/llm/rules/detectEscalation.ts';
import { foldText } from '../src/llm/rules/normalize.ts';
import { parseEmail } from '../src/mail/parse.ts';
import { benchEmail } from './mail.ts';

const { values } = parseArgs({
  options: {
    rounds: { type: 'string', default: '5' },
    dump: { type: 'string' },
    only: { type: 'string' },
  },
});
const rounds = Number(values.rounds);
const CTX: ClassifyContext = { orderPrefix: '#', orderSuffix: '' };
const CORPORA = ['eval', 'holdout', 'holdout2', 'holdout3', 'holdout4', 'inbox'].filter((c) => !values.only || values.only.split(',').includes(c));

interface Loaded {
  corpus: string;
  file: string;
  email: ParsedEmail;
}

async function loadCorpus(corpus: string): Promise<Loaded[]> {
  const dir = join('fixtures', corpus);
  const files = readdirSync(dir).filter((f) => f.endsWith('.eml')).sort();
  return Promise.all(files.map(async (file) => ({ corpus, file, email: await parseEmail(readFileSync(join(dir, file))) })));
}

/** CPU milliseconds (user + system) spent classifying each email of the list once per round, per email. */
function cpuPerEmail(emails: ParsedEmail[], n: number): number {
  for (const e of emails) classifyOffline(e, CTX); // warm-up: JIT, lazily built tables
  const start = process.cpuUsage();
  // Round by round over the whole list (not one email n times in a row), so per-email caches see
  // what the pipeline sees: each email once.
  for (let r = 0; r < n; r++) for (const e of emails) classifyOffline(e, CTX);
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000 / (n * emails.length);
}

function resultOf(e: ParsedEmail): unknown {
  return {
    classification: classifyOffline(e, CTX),
    orders: extractOrderNumbers({ subject: e.subject, newText: e.newText, quotedText: e.quotedText }, { prefix: '#', suffix: '' }),
    tracking: extractTrackingNumbers([e.subject, e.newText, e.quotedText, e.text].join('\n')),
    escalation: detectEscalation(e),
    conflictSplit: splitConflictSentences(foldText(`${e.subject}\n${e.newText || e.text}`)),
  };
}

const corpora = await Promise.all(CORPORA.map(loadCorpus));
const bench = await Promise.all(Array.from({ length: 20 }, async (_, i) => parseEmail(await benchEmail(i, 'classifier'))));

if (values.dump) {
  const out: Record<string, unknown> = {};
  for (const list of corpora) for (const l of list) out[`${l.corpus}/${l.file}`] = resultOf(l.email);
  bench.forEach((e, i) => (out[`bench/${i}`] = resultOf(e)));
  writeFileSync(values.dump, `${JSON.stringify(out, null, 1)}\n`);
  console.log(`wrote ${Object.keys(out).length} results to ${values.dump}`);
}

const rows: string[] = [];
let total = 0;
let count = 0;
for (const list of corpora) {
  const ms = cpuPerEmail(
    list.map((l) => l.email),
    rounds,
  );
  total += ms * list.length;
  count += list.length;
  rows.push(`${(list[0]?.corpus ?? '?').padEnd(10)} ${String(list.length).padStart(4)} emails  ${ms.toFixed(3).padStart(7)} ms CPU/email`);
}
if (count) rows.push(`${'corpora'.padEnd(10)} ${String(count).padStart(4)} emails  ${(total / count).toFixed(3).padStart(7)} ms CPU/email`);
rows.push(`${'bench'.padEnd(10)} ${String(bench.length).padStart(4)} emails  ${cpuPerEmail(bench, rounds * 50).toFixed(3).padStart(7)} ms CPU/email`);
// One bench email over and over: its order numbers come from the per-segment cache after the first time.
rows.push(`${'bench x1'.padEnd(10)} ${'1'.padStart(4)} email   ${cpuPerEmail(bench.slice(0, 1), rounds * 500).toFixed(3).padStart(7)} ms CPU/email`);
console.log(rows.join('\n'));
