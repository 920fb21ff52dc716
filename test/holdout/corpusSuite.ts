// The shared test of a held-out corpus (fixtures/holdout*: mail written by authors who did not read
// the offline classifier). Each holdout*.test.ts names its corpus and what its brief promised.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { INTENTS } from '../../src/domain/intents.ts';
import type { LoopGuardContext } from '../../src/domain/loopGuard.ts';
import type { ClassifyContext } from '../../src/llm/port.ts';
import { OfflineClassifier } from '../../src/llm/offlineClassifier.ts';
import { parseEmail } from '../../src/mail/parse.ts';
import { triageEmail } from '../../src/pipeline/triageEmail.ts';

interface Label {
  intent: string;
  action: 'reply' | 'escalate' | 'ignore';
  orders: string[];
  traps: Record<string, string[]>;
  language?: string;
  notes?: string;
}

interface Outcome {
  file: string;
  label: Label;
  intent: string;
  action: Label['action'];
  orders: string[];
  language: string | null;
  why: string;
  /** Extracted order names that are digits of a labelled trap (phone, price, date, postcode, tracking…). */
  trapHits: string[];
}

const CLASSIFY_CTX: ClassifyContext = { orderPrefix: '#', orderSuffix: '' };
const GUARD_CTX: LoopGuardContext = { ownAddresses: ['support@demo-store.example'], recentRepliesToSender: 0, replyCap: 3 };
const TARGET_INTENT = 0.9;
const TARGET_ORDERS = 0.95;

/** ASCII digits only, Persian and Arabic-Indic digits folded first. */
const digitsOf = (s: string) =>
  s
    .replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/\D/g, '');
const sameSet = (a: string[], b: string[]) => a.length === b.length && [...a].sort().join('|') === [...b].sort().join('|');
const pct = (n: number, d: number) => (d === 0 ? '   -  ' : `${((100 * n) / d).toFixed(1).padStart(5)}%`);

async function triageCorpus(dir: string, labels: Record<string, Label>): Promise<Outcome[]> {
  const classifier = new OfflineClassifier();
  const outcomes: Outcome[] = [];
  for (const [file, label] of Object.entries(labels)) {
    const email = await parseEmail(readFileSync(join(dir, file)));
    const d = await triageEmail(email, classifier, CLASSIFY_CTX, GUARD_CTX);
    const c = d.result?.classification ?? null;
    const orders = c?.orderNumbers ?? [];
    const trapDigits = Object.values(label.traps).flat().map(digitsOf);
    const trapHits = orders.filter((o) => !label.orders.includes(o) && trapDigits.some((t) => t.includes(digitsOf(o))));
    outcomes.push({
      file,
      label,
      intent: d.intent,
      action: d.next === 'ignored' ? 'ignore' : d.next === 'escalated' ? 'escalate' : 'reply',
      orders,
      language: c?.language ?? null,
      why: d.reason ?? c?.reasons.slice(0, 2).join('; ') ?? '',
      trapHits,
    });
  }
  return outcomes;
}

function report(name: string, all: Outcome[]): void {
  const row = (name: string, list: Outcome[]) => {
    const withOrders = list.filter((o) => o.label.action !== 'ignore');
    const langKnown = list.filter((o) => o.label.language && o.language);
    return `${name.padEnd(10)} ${String(list.length).padStart(4)}  intent ${pct(list.filter((o) => o.intent === o.label.intent).length, list.length)}  action ${pct(list.filter((o) => o.action === o.label.action).length, list.length)}  orders ${pct(withOrders.filter((o) => sameSet(o.orders, o.label.orders)).length, withOrders.length)}  language ${pct(langKnown.filter((o) => o.language === o.label.language).length, langKnown.length)}`;
  };
  const lines = ['', `=== ${name} corpus: offline triage ===`, row('all', all)];
  for (const a of ['reply', 'escalate', 'ignore']) lines.push(row(a, all.filter((o) => o.label.action === a)));
  for (const lang of ['en', 'es', 'fr', 'de', 'fa', 'ar']) lines.push(row(lang, all.filter((o) => o.label.language === lang)));
  for (const intent of [...new Set(all.map((o) => o.label.intent))].sort()) lines.push(row(intent.slice(0, 10), all.filter((o) => o.label.intent === intent)));
  const trapCount = all.reduce((s, o) => s + o.trapHits.length, 0);
  lines.push(`trap false positives: ${trapCount}`);
  lines.push('', '--- misses (file | field | expected → got | why) ---');
  for (const o of all) {
    if (o.intent !== o.label.intent) lines.push(`${o.file} | intent | ${o.label.intent} → ${o.intent} | ${o.why}`);
    if (o.action !== o.label.action) lines.push(`${o.file} | action | ${o.label.action} → ${o.action} | ${o.why}`);
    if (o.label.action !== 'ignore' && !sameSet(o.orders, o.label.orders)) lines.push(`${o.file} | orders | [${o.label.orders.join(', ')}] → [${o.orders.join(', ')}]${o.trapHits.length ? ` (TRAP: ${o.trapHits.join(', ')})` : ''}`);
    else if (o.trapHits.length) lines.push(`${o.file} | trap | extracted ${o.trapHits.join(', ')}`);
    if (o.label.language && o.language && o.language !== o.label.language) lines.push(`${o.file} | language | ${o.label.language} → ${o.language}`);
  }
  console.log(lines.join('\n'));
}

export interface CorpusSuite {
  /** The folder under fixtures/ ("holdout2"). */
  name: string;
  minEmails: number;
  /** Coverage the corpus's brief promised: every intent this often, each language file prefix this often. */
  minPerIntent?: number;
  minPerLanguage?: number;
}

/**
 * The tests for one held-out corpus: every file through parseEmail → triageEmail(OfflineClassifier),
 * a printed table with every miss, and the assertions: the corpus is what its brief asked for, no
 * trap taken for an order, every ignore ignored, every escalation escalated, and the rate targets.
 */
export function heldOutCorpusSuite(s: CorpusSuite): void {
  const dir = join(import.meta.dirname, '..', '..', 'fixtures', s.name);
  const LABELS = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as Record<string, Label>;
  let outcomes: Outcome[] = [];
  beforeAll(async () => {
    outcomes = await triageCorpus(dir, LABELS);
    report(s.name, outcomes);
  });

  describe(`${s.name} corpus (fixtures/${s.name}) through parseEmail → triageEmail(offline)`, () => {
    it('has the corpus the brief asks for', () => {
      expect(Object.keys(LABELS).length).toBeGreaterThanOrEqual(s.minEmails);
      expect(outcomes).toHaveLength(Object.keys(LABELS).length);
    });

    if (s.minPerIntent !== undefined) {
      it('covers every intent and the six languages as its brief asked', () => {
        const byIntent = new Map<string, number>();
        for (const l of Object.values(LABELS)) byIntent.set(l.intent, (byIntent.get(l.intent) ?? 0) + 1);
        expect(INTENTS.filter((i) => (byIntent.get(i) ?? 0) < s.minPerIntent!)).toEqual([]);
        const byPrefix = new Map<string, number>();
        for (const f of Object.keys(LABELS)) byPrefix.set(f.slice(0, 2), (byPrefix.get(f.slice(0, 2)) ?? 0) + 1);
        for (const lang of ['en', 'es', 'fr', 'de', 'fa', 'ar']) expect(byPrefix.get(lang) ?? 0).toBeGreaterThanOrEqual(s.minPerLanguage ?? 0);
      });
    }

    it('never extracts a phone number, price, date, postcode or tracking number as an order number', () => {
      expect(outcomes.filter((o) => o.trapHits.length > 0).map((o) => `${o.file}: ${o.trapHits.join(', ')}`)).toEqual([]);
    });

    it('ignores every auto-reply, bounce, bulk mail and closing remark', () => {
      expect(outcomes.filter((o) => o.label.action === 'ignore' && o.action !== 'ignore').map((o) => `${o.file}: ${o.action} (${o.intent})`)).toEqual([]);
    });

    it('escalates every threat, dispute, abuse and attempt to instruct the agent', () => {
      expect(outcomes.filter((o) => o.label.action === 'escalate' && o.action !== 'escalate').map((o) => `${o.file}: ${o.action} (${o.intent})`)).toEqual([]);
    });

    it(`gets the intent right on at least ${TARGET_INTENT * 100}% of the mail`, () => {
      const rate = outcomes.filter((o) => o.intent === o.label.intent).length / outcomes.length;
      expect(rate).toBeGreaterThanOrEqual(TARGET_INTENT);
    });

    it(`gets the order numbers exactly right on at least ${TARGET_ORDERS * 100}% of the mail that is answered or escalated`, () => {
      const answered = outcomes.filter((o) => o.label.action !== 'ignore');
      const rate = answered.filter((o) => sameSet(o.orders, o.label.orders)).length / answered.length;
      expect(rate).toBeGreaterThanOrEqual(TARGET_ORDERS);
    });
  });
}
