import type { Action } from '../domain/intents.ts';
import { normalizeDigits } from '../domain/orderNumbers.ts';
import { type EvalLabel, type EvalTrapKind, TRAP_KINDS } from './labels.ts';

/** What the pipeline decided for one labelled email. */
export interface EvalPrediction {
  intent: string;
  action: Action;
  orders: string[];
  language: string | null;
}

export interface EvalItem {
  file: string;
  expected: EvalLabel;
  got: EvalPrediction;
}

export interface Miss {
  file: string;
  what: 'intent' | 'orders' | 'action' | 'trap';
  expected: string;
  got: string;
}

export interface Rate {
  correct: number;
  total: number;
  rate: number;
}

export const THRESHOLDS = { intent: 0.9, orders: 0.95 } as const;

export interface EvalReport {
  items: number;
  intent: Rate;
  /** Exact order-number sets, over emails that get an answer (expected action reply or escalate). */
  orders: Rate;
  /** The same over every email, ignored ones included (informational). */
  ordersAll: Rate;
  intentByLanguage: Record<string, Rate>;
  actionByExpected: Record<Action, Rate>;
  /** Trap numbers that came out as order numbers, per trap kind. */
  trapFalsePositives: Record<EvalTrapKind, { file: string; trap: string; order: string }[]>;
  trapsChecked: number;
  misses: Miss[];
  /** Threshold failures in words; empty when the eval passes. */
  failures: string[];
}

const rate = (correct: number, total: number): Rate => ({ correct, total, rate: total === 0 ? 1 : correct / total });

const normOrder = (o: string) => normalizeDigits(o).trim().toUpperCase();

function sameOrders(a: string[], b: string[]): boolean {
  const x = [...new Set(a.map(normOrder))].sort();
  const y = [...new Set(b.map(normOrder))].sort();
  return x.length === y.length && x.every((v, i) => v === y[i]);
}

/**
 * The digit strings a trap could leak as: its whole digit sequence and every run of adjacent digit
 * groups ("+1 (415) 555-0132" → 14155550132, 415, 5550132, 0132, …), so a partial phone number
 * or the year of a date counts as extracted too.
 */
export function trapDigitForms(trap: string): Set<string> {
  const runs = normalizeDigits(trap).match(/\d+/g) ?? [];
  const forms = new Set<string>();
  for (let i = 0; i < runs.length; i++) {
    let acc = '';
    for (let j = i; j < runs.length; j++) {
      acc += runs[j];
      forms.add(acc);
    }
  }
  return forms;
}

function orderDigits(order: string): string {
  return normalizeDigits(order).replace(/\D/g, '');
}

/** Scores predictions against labels. Pure: the runner and the unit test both call it. */
export function scoreEval(items: EvalItem[]): EvalReport {
  const misses: Miss[] = [];
  let intentOk = 0;
  let ordersOk = 0;
  let ordersTotal = 0;
  let ordersAllOk = 0;
  const byLang = new Map<string, { c: number; t: number }>();
  const byAction = new Map<Action, { c: number; t: number }>();
  const traps = Object.fromEntries(TRAP_KINDS.map((k) => [k, [] as { file: string; trap: string; order: string }[]])) as EvalReport['trapFalsePositives'];
  let trapsChecked = 0;

  for (const { file, expected, got } of items) {
    const intentRight = got.intent === expected.intent;
    if (intentRight) intentOk++;
    else misses.push({ file, what: 'intent', expected: expected.intent, got: got.intent });

    const lang = expected.language ?? got.language ?? 'und';
    const l = byLang.get(lang) ?? { c: 0, t: 0 };
    l.t++;
    if (intentRight) l.c++;
    byLang.set(lang, l);

    const ordersRight = sameOrders(got.orders, expected.orders);
    if (ordersRight) ordersAllOk++;
    if (expected.action !== 'ignore') {
      ordersTotal++;
      if (ordersRight) ordersOk++;
      else misses.push({ file, what: 'orders', expected: JSON.stringify(expected.orders), got: JSON.stringify(got.orders) });
    }

    const a = byAction.get(expected.action) ?? { c: 0, t: 0 };
    a.t++;
    if (got.action === expected.action) a.c++;
    else misses.push({ file, what: 'action', expected: expected.action, got: got.action });
    byAction.set(expected.action, a);

    const wanted = new Set(expected.orders.map(orderDigits));
    for (const kind of TRAP_KINDS) {
      for (const trap of expected.traps[kind] ?? []) {
        trapsChecked++;
        const forms = trapDigitForms(trap);
        for (const order of got.orders) {
          const d = orderDigits(order);
          if (d && forms.has(d) && !wanted.has(d)) {
            traps[kind].push({ file, trap, order });
            misses.push({ file, what: 'trap', expected: `${kind} ${trap} not an order`, got: order });
          }
        }
      }
    }
  }

  const report: EvalReport = {
    items: items.length,
    intent: rate(intentOk, items.length),
    orders: rate(ordersOk, ordersTotal),
    ordersAll: rate(ordersAllOk, items.length),
    intentByLanguage: Object.fromEntries([...byLang.entries()].sort().map(([k, v]) => [k, rate(v.c, v.t)])),
    actionByExpected: {
      reply: rate(byAction.get('reply')?.c ?? 0, byAction.get('reply')?.t ?? 0),
      escalate: rate(byAction.get('escalate')?.c ?? 0, byAction.get('escalate')?.t ?? 0),
      ignore: rate(byAction.get('ignore')?.c ?? 0, byAction.get('ignore')?.t ?? 0),
    },
    trapFalsePositives: traps,
    trapsChecked,
    misses,
    failures: [],
  };

  if (report.intent.rate < THRESHOLDS.intent) report.failures.push(`intent accuracy ${pct(report.intent.rate)} < ${pct(THRESHOLDS.intent)}`);
  if (report.orders.rate < THRESHOLDS.orders) report.failures.push(`order-number exact match ${pct(report.orders.rate)} < ${pct(THRESHOLDS.orders)}`);
  const trapCount = TRAP_KINDS.reduce((n, k) => n + traps[k].length, 0);
  if (trapCount > 0) report.failures.push(`${trapCount} trap number(s) extracted as orders`);
  for (const act of ['ignore', 'escalate'] as const) {
    const r = report.actionByExpected[act];
    if (r.correct < r.total) report.failures.push(`${r.total - r.correct} of ${r.total} expected "${act}" missed`);
  }
  return report;
}

export function pct(x: number): string {
  return `${(x * 100).toFixed(1)}%`;
}
