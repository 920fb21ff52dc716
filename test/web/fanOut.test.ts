import { describe, expect, it } from 'vitest';
import { ResolvedFacts } from '../../src/domain/facts.ts';
import { ingestRaw } from '../../src/pipeline/ingest.ts';
import { runInline } from '../../src/pipeline/inlineRunner.ts';
import { MAX_ORDER_LOOKUPS } from '../../src/pipeline/resolveFacts.ts';
import { deskTestApp, login, OWNER } from './deskTestApp.ts';

describe('an email with 3,000 order numbers', () => {
  it('looks up five, and the desk lists the rest as not looked up', async () => {
    const d = await deskTestApp();
    const owner = await login(d.app, OWNER);
    const names = Array.from({ length: 3000 }, (_, i) => `#${1001 + i}`);
    const raw = `From: Emma Johnson <emma.johnson@example.com>\r\nTo: support@demo-store.example\r\nSubject: Where are my orders?\r\nMessage-ID: <fan-out@example.com>\r\nDate: Mon, 23 Nov 2026 10:00:00 +0000\r\n\r\nWhere are my orders ${names.join(' ')}?\r\n`;
    const { id } = await ingestRaw(d.deps.db, 'demo', { source: 'file', uid: null, raw: Buffer.from(raw) }, d.deps.now());
    await runInline(d.deps);

    const row = await d.deps.db.selectFrom('messages').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    const facts = ResolvedFacts.parse(JSON.parse(row.facts!));
    expect(facts.lookups.filter((l) => l.startsWith('lookup_order_by_name'))).toHaveLength(MAX_ORDER_LOOKUPS);
    expect(facts.requestedOrderNames).toEqual(names.slice(0, MAX_ORDER_LOOKUPS));
    expect(facts.notLookedUpOrderNames).toEqual(names.slice(MAX_ORDER_LOOKUPS));

    const html = await (await owner.get(`/threads/${row.thread_id}`)).text();
    expect(html).toContain('data-not-looked-up="2995"');
    expect(html).toContain('2995 more order numbers not looked up: #1006, #1007');
    expect(html).toContain('… and 2895 more');
  });
});
