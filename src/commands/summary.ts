import { sql } from 'kysely';
import type { Db } from '../store/db.ts';
import { formatTable } from './table.ts';

/** Counts of messages by intent (rows) and state (columns), with totals. */
export async function summaryTable(db: Db): Promise<string> {
  const rows = await db
    .selectFrom('messages')
    .select(['intent', 'state', sql<number>`count(*)`.as('n')])
    .groupBy(['intent', 'state'])
    .execute();
  const states = [...new Set(rows.map((r) => r.state))].sort();
  const intents = [...new Set(rows.map((r) => r.intent ?? '(none)'))].sort();
  const get = (i: string, s: string) => Number(rows.find((r) => (r.intent ?? '(none)') === i && r.state === s)?.n ?? 0);
  const body = intents.map((i) => [i, ...states.map((s) => get(i, s) || '·'), states.reduce((a, s) => a + get(i, s), 0)]);
  const totals = ['total', ...states.map((s) => intents.reduce((a, i) => a + get(i, s), 0)), rows.reduce((a, r) => a + Number(r.n), 0)];
  return formatTable(['intent \\ state', ...states, 'total'], [...body, totals]);
}
