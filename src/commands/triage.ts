import { readFile } from 'node:fs/promises';
import type { Config } from '../config.ts';
import { createClassifier } from '../llm/createClassifier.ts';
import { OfflineClassifier } from '../llm/offlineClassifier.ts';
import { MalformedEmailError, parseEmail } from '../mail/parse.ts';
import { triageEmail } from '../pipeline/triageEmail.ts';
import { formatTable } from './table.ts';

export interface TriageLine {
  file: string;
  intent: string | null;
  orders: string[];
  action: string | null;
  language: string | null;
  confidence: number | null;
  reason?: string;
  error?: string;
}

/** Triage .eml files without touching the database: loop guard + classifier, one line per file. */
export async function triageFiles(config: Config, files: string[], offline: boolean): Promise<TriageLine[]> {
  const classifier = offline ? new OfflineClassifier() : createClassifier(config);
  const lines: TriageLine[] = [];
  for (const file of files) {
    try {
      const email = await parseEmail(await readFile(file));
      const d = await triageEmail(
        email,
        classifier,
        { orderPrefix: config.ORDER_NAME_PREFIX, orderSuffix: config.ORDER_NAME_SUFFIX },
        { ownAddresses: [config.SUPPORT_FROM_ADDRESS.toLowerCase()], recentRepliesToSender: 0, replyCap: config.REPLY_CAP_PER_SENDER },
      );
      const c = d.result?.classification;
      lines.push({
        file,
        intent: d.intent,
        orders: c?.orderNumbers ?? [],
        action: d.next === 'ignored' ? 'ignore' : d.next === 'escalated' ? 'escalate' : 'reply',
        language: c?.language ?? null,
        confidence: c?.confidence ?? null,
        ...(d.reason ? { reason: d.reason } : {}),
      });
    } catch (err) {
      const error = err instanceof MalformedEmailError ? `malformed email: ${err.reason}` : (err as Error).message;
      lines.push({ file, intent: null, orders: [], action: null, language: null, confidence: null, error });
    }
  }
  return lines;
}

export function printTriage(lines: TriageLine[], json: boolean): void {
  if (json) {
    for (const l of lines) process.stdout.write(`${JSON.stringify(l)}\n`);
    return;
  }
  const rows = lines.map((l) => [l.file, l.intent ?? 'error', l.orders.join(' ') || '-', l.action ?? '-', l.language ?? '-', l.confidence?.toFixed(2) ?? '-']);
  process.stdout.write(`${formatTable(['file', 'intent', 'orders', 'action', 'lang', 'conf'], rows)}\n`);
  for (const l of lines.filter((x) => x.error)) process.stdout.write(`${l.file}: ${l.error}\n`);
}
