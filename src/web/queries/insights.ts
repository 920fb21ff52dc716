import type { Db } from '../../store/db.ts';
import { SLA_HOURS } from './queue.ts';

export interface Insights {
  from: string;
  to: string;
  days: string[];
  /** Messages received per day and intent. */
  volumeByIntent: { day: string; counts: Record<string, number> }[];
  /** Messages received per day and language. */
  volumeByLanguage: { day: string; counts: Record<string, number> }[];
  totals: { received: number; replied: number; ignored: number; escalated: number; awaiting: number };
  /** Median minutes from receipt to first draft / to the reply being sent; null with no data. */
  medianMinutesToDraft: number | null;
  medianMinutesToSend: number | null;
  /** Sent drafts that went out exactly as the agent wrote them, 0..1. */
  uneditedShare: number | null;
  /** Sent replies approved by the auto-send policy rather than a person, 0..1. */
  automationRate: number | null;
  sent: number;
  /** Replies sent later than SLA_HOURS, plus open messages already older than that. */
  slaBreaches: { late: number; openOverdue: number };
  slaHours: number;
}

export function median(xs: number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

const minutes = (a: string, b: string) => (new Date(b).getTime() - new Date(a).getTime()) / 60_000;
const OPEN = new Set(['received', 'triaged', 'resolved', 'drafted', 'awaiting_review', 'escalated', 'failed', 'needs_attention', 'approved']);

/** The insights over messages received in [now − days, now], computed from the stored rows. */
export async function computeInsights(db: Db, now: Date, days = 30): Promise<Insights> {
  const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - (days - 1)));
  const from = start.toISOString();
  const rows = await db
    .selectFrom('messages as m')
    .leftJoin('drafts as d', 'd.message_id', 'm.id')
    .select(['m.state', 'm.intent', 'm.language', 'm.received_at', 'm.drafted_at', 'm.sent_at', 'd.status as draft_status', 'd.edited', 'd.approved_by', 'd.original_body'])
    .where('m.received_at', '>=', from)
    .where('m.received_at', '<=', now.toISOString())
    .execute();

  const dayList: string[] = [];
  for (let i = 0; i < days; i++) dayList.push(new Date(start.getTime() + i * 86_400_000).toISOString().slice(0, 10));
  const byIntent = new Map(dayList.map((d) => [d, {} as Record<string, number>]));
  const byLanguage = new Map(dayList.map((d) => [d, {} as Record<string, number>]));
  const toDraft: number[] = [];
  const toSend: number[] = [];
  let sent = 0;
  let unedited = 0;
  let auto = 0;
  let late = 0;
  let openOverdue = 0;
  const totals = { received: rows.length, replied: 0, ignored: 0, escalated: 0, awaiting: 0 };

  for (const r of rows) {
    const day = r.received_at.slice(0, 10);
    const i = byIntent.get(day);
    if (i) i[r.intent ?? 'unclassified'] = (i[r.intent ?? 'unclassified'] ?? 0) + 1;
    const l = byLanguage.get(day);
    if (l) l[r.language ?? 'und'] = (l[r.language ?? 'und'] ?? 0) + 1;
    if (r.drafted_at) toDraft.push(minutes(r.received_at, r.drafted_at));
    if (r.state === 'ignored') totals.ignored++;
    if (r.state === 'escalated') totals.escalated++;
    if (r.state === 'awaiting_review') totals.awaiting++;
    if (r.sent_at) {
      totals.replied++;
      sent++;
      const m = minutes(r.received_at, r.sent_at);
      toSend.push(m);
      if (m > SLA_HOURS * 60) late++;
      if (r.edited === 0 && (r.original_body ?? '') !== '') unedited++;
      if (r.approved_by === 'auto') auto++;
    } else if (OPEN.has(r.state) && minutes(r.received_at, now.toISOString()) > SLA_HOURS * 60) {
      openOverdue++;
    }
  }
  const round = (x: number | null) => (x === null ? null : Math.round(x * 10) / 10);
  return {
    from,
    to: now.toISOString(),
    days: dayList,
    volumeByIntent: dayList.map((day) => ({ day, counts: byIntent.get(day)! })),
    volumeByLanguage: dayList.map((day) => ({ day, counts: byLanguage.get(day)! })),
    totals,
    medianMinutesToDraft: round(median(toDraft)),
    medianMinutesToSend: round(median(toSend)),
    uneditedShare: sent ? unedited / sent : null,
    automationRate: sent ? auto / sent : null,
    sent,
    slaBreaches: { late, openOverdue },
    slaHours: SLA_HOURS,
  };
}
