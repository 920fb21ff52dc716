/**
 * `npm run eval`: runs every labelled email in a corpus folder (default fixtures/eval) through
 * parseEmail → triageEmail with the offline classifier, exactly as the pipeline's triage step
 * does, scores the decisions (src/eval/scoreEval.ts) and exits non-zero when a threshold is
 * missed, so CI can run it.
 *
 *   npm run eval -- [--dir <folder with labels.json>] [--json] [--prefix "#"] [--suffix ""] [--own support@shop.test]
 */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { LoopGuardContext } from '../domain/loopGuard.ts';
import type { ClassifyContext } from '../llm/port.ts';
import { OfflineClassifier } from '../llm/offlineClassifier.ts';
import { parseEmail } from '../mail/parse.ts';
import { triageEmail } from '../pipeline/triageEmail.ts';
import { EvalLabels } from './labels.ts';
import { type EvalItem, type EvalPrediction, type EvalReport, pct, scoreEval } from './scoreEval.ts';

export interface EvalOptions {
  classifyCtx: ClassifyContext;
  guardCtx: LoopGuardContext;
}

export const DEFAULT_EVAL_OPTIONS: EvalOptions = {
  classifyCtx: { orderPrefix: '#', orderSuffix: '' },
  guardCtx: { ownAddresses: ['support@northwind-goods.test'], recentRepliesToSender: 0, replyCap: 3 },
};

/** Runs one corpus folder; returns the scored report and each prediction. */
export async function runEval(dir: string, opts: EvalOptions = DEFAULT_EVAL_OPTIONS): Promise<{ report: EvalReport; items: EvalItem[] }> {
  const labels = EvalLabels.parse(JSON.parse(await readFile(join(dir, 'labels.json'), 'utf8')));
  const classifier = new OfflineClassifier();
  const items: EvalItem[] = [];
  for (const [file, expected] of Object.entries(labels)) {
    let got: EvalPrediction;
    try {
      const email = await parseEmail(await readFile(join(dir, file)));
      const decision = await triageEmail(email, classifier, opts.classifyCtx, opts.guardCtx);
      const c = decision.result?.classification ?? null;
      got = {
        intent: decision.intent,
        action: decision.next === 'ignored' ? 'ignore' : decision.next === 'escalated' ? 'escalate' : 'reply',
        orders: c?.orderNumbers ?? [],
        language: c?.language ?? null,
      };
    } catch (err) {
      got = { intent: `error: ${err instanceof Error ? err.message : String(err)}`, action: 'reply', orders: [], language: null };
    }
    items.push({ file, expected, got });
  }
  return { report: scoreEval(items), items };
}

const line = (label: string, r: { correct: number; total: number; rate: number }) =>
  `  ${label.padEnd(34)} ${pct(r.rate).padStart(6)}  (${r.correct}/${r.total})`;

export function formatReport(report: EvalReport): string {
  const out: string[] = [];
  out.push(`deskhand eval: ${report.items} labelled emails`);
  out.push(line('intent accuracy', report.intent));
  out.push(line('order numbers exactly right', report.orders));
  out.push(line('  (incl. ignored mail)', report.ordersAll));
  out.push('  intent accuracy per language:');
  for (const [lang, r] of Object.entries(report.intentByLanguage)) out.push(line(`    ${lang}`, r));
  out.push('  action accuracy by expected action:');
  for (const [act, r] of Object.entries(report.actionByExpected)) out.push(line(`    ${act}`, r));
  out.push(`  trap numbers extracted as orders (${report.trapsChecked} traps checked):`);
  for (const [kind, fps] of Object.entries(report.trapFalsePositives)) {
    out.push(`    ${kind.padEnd(10)} ${fps.length}${fps.length ? '  ' + fps.map((f) => `${f.file}: "${f.trap}" → ${f.order}`).join('; ') : ''}`);
  }
  if (report.misses.length) {
    out.push('  misses:');
    for (const m of report.misses) out.push(`    ${m.what.padEnd(7)} ${m.file}: expected ${m.expected}, got ${m.got}`);
  }
  out.push(report.failures.length ? `FAIL: ${report.failures.join('; ')}` : 'PASS: all thresholds met');
  return out.join('\n');
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      dir: { type: 'string', default: 'fixtures/eval' },
      json: { type: 'boolean', default: false },
      prefix: { type: 'string', default: DEFAULT_EVAL_OPTIONS.classifyCtx.orderPrefix },
      suffix: { type: 'string', default: DEFAULT_EVAL_OPTIONS.classifyCtx.orderSuffix },
      own: { type: 'string', multiple: true, default: DEFAULT_EVAL_OPTIONS.guardCtx.ownAddresses },
    },
  });
  const { report } = await runEval(resolve(values.dir), {
    classifyCtx: { orderPrefix: values.prefix, orderSuffix: values.suffix },
    guardCtx: { ...DEFAULT_EVAL_OPTIONS.guardCtx, ownAddresses: values.own.map((a) => a.toLowerCase()) },
  });
  console.log(values.json ? JSON.stringify(report, null, 2) : formatReport(report));
  process.exitCode = report.failures.length ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((err: unknown) => {
    console.error(err);
    process.exitCode = 2;
  });
}
