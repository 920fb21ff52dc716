import { describe, expect, it } from 'vitest';
import { computeInsights, median } from '../../src/web/queries/insights.ts';
import { deskTestApp, login, OWNER } from './deskTestApp.ts';

describe('median', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([])).toBeNull();
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 10])).toBe(3.5);
  });
});

describe('insights on a known dataset', () => {
  it('counts volume, medians, unedited share, automation and SLA breaches from the rows', async () => {
    // Mode auto for order_status: the pipeline sends some replies on its own at 09:00.
    const d = await deskTestApp({ env: { REVIEW_MODE: 'auto', AUTO_INTENTS: 'order_status', AUTO_CONFIDENCE: '0.5', AUTO_SEND_UNCHECKED_SENDERS: 'true' } });
    const autoSent = await d.deps.db.selectFrom('drafts').select('id').where('approved_by', '=', 'auto').execute();
    expect(autoSent.length).toBeGreaterThan(0);
    const s = await login(d.app, OWNER);

    // 30 min later: one draft approved as written; 5 h later: one edited then approved.
    const pending = await d.deps.db.selectFrom('drafts').innerJoin('messages', 'messages.id', 'drafts.message_id').select(['drafts.id', 'drafts.body']).where('messages.state', '=', 'awaiting_review').where('drafts.body', '!=', '').orderBy('messages.received_at').limit(2).execute();
    d.deps.clock.advance(30 * 60_000);
    expect((await s.postJson(`/api/drafts/${pending[0]!.id}/approve`)).status).toBe(200);
    d.deps.clock.advance(4.5 * 3_600_000);
    expect((await s.postJson(`/api/drafts/${pending[1]!.id}/approve`, { body: `${pending[1]!.body}\nEdited.` })).status).toBe(200);

    const res = await s.get('/api/insights?days=7');
    const got = (await res.json()) as Awaited<ReturnType<typeof computeInsights>>;
    const all = await d.deps.db.selectFrom('messages').select(['intent', 'language', 'state']).execute();
    const sent = autoSent.length + 2;
    expect(got.totals.received).toBe(all.length);
    expect(got.sent).toBe(sent);
    expect(got.automationRate).toBeCloseTo(autoSent.length / sent, 6);
    // All auto-sent drafts and the first manual one went out unedited.
    expect(got.uneditedShare).toBeCloseTo((autoSent.length + 1) / sent, 6);
    // Drafts are written the moment mail arrives (fixed clock); sends at 0 (auto), 30 and 300 min.
    expect(got.medianMinutesToDraft).toBe(0);
    expect(got.medianMinutesToSend).toBe(median([...autoSent.map(() => 0), 30, 300]));
    expect(got.slaBreaches.late).toBe(1);
    const open = all.filter((m) => ['awaiting_review', 'escalated', 'failed', 'needs_attention'].includes(m.state)).length;
    expect(got.slaBreaches.openOverdue).toBe(open);
    const today = got.volumeByIntent.find((r) => r.day === '2026-11-24')!;
    const orderStatus = all.filter((m) => m.intent === 'order_status').length;
    expect(today.counts['order_status']).toBe(orderStatus);
    expect(Object.values(today.counts).reduce((a, b) => a + b, 0)).toBe(all.length);
    const langs = got.volumeByLanguage.find((r) => r.day === '2026-11-24')!.counts;
    expect(langs['fa']).toBe(all.filter((m) => m.language === 'fa').length);
    expect(got.days).toHaveLength(7);

    const html = await (await s.get('/insights?days=7')).text();
    expect(html).toContain('<svg class="chart"');
    expect(html).toContain(`${Math.round((autoSent.length / sent) * 100)}%`);
  });
});
