import { describe, expect, it } from 'vitest';
import { BuiltinCrm } from '../../src/crm/builtinCrm.ts';
import { addNote, deleteNote, listNotes } from '../../src/crm/notes.ts';
import { addTag, customersTagged, listTags, removeTag } from '../../src/crm/tags.ts';
import { customerTimeline } from '../../src/crm/timeline.ts';
import { appendEvent } from '../../src/store/events.ts';
import { NOW, seedConversation, testDeps } from '../web/webhooks/harness.ts';

const later = (min: number) => new Date(NOW.getTime() + min * 60_000);

describe('staff notes and tags', () => {
  it('adds, lists and deletes notes per customer', async () => {
    const { db } = await testDeps();
    const a = await addNote(db, 'Ana@Example.com', '  Prefers email over phone. ', 'staff-1', NOW);
    await addNote(db, 'ana@example.com', 'Sent a replacement scarf.', 'staff-2', later(5));
    await addNote(db, 'bob@example.com', 'Other customer', 'staff-1', NOW);
    await expect(addNote(db, 'ana@example.com', '   ', 'staff-1', NOW)).rejects.toThrow();
    expect((await listNotes(db, 'ana@example.com')).map((n) => n.body)).toEqual(['Sent a replacement scarf.', 'Prefers email over phone.']);
    expect(await deleteNote(db, 'bob@example.com', a.id)).toBe(false); // not Bob's note
    expect(await deleteNote(db, 'ana@example.com', a.id)).toBe(true);
    expect(await listNotes(db, 'ana@example.com')).toHaveLength(1);
  });

  it('keeps staff tags apart from Shopify tags, normalized and without duplicates', async () => {
    const { db } = await testDeps();
    await new BuiltinCrm(db, () => NOW).upsertCustomer('ana@example.com', 'Ana', { id: 'gid://shopify/Customer/1', email: 'ana@example.com', firstName: 'Ana', lastName: null, numberOfOrders: 2, amountSpent: { amount: '80.00', currencyCode: 'EUR' }, tags: ['wholesale'], createdAt: '2026-01-01T00:00:00Z', locale: 'en' });
    expect(await addTag(db, 'ana@example.com', ' Gift Wrap ', 'staff-1', NOW)).toBe('gift-wrap');
    await addTag(db, 'ANA@example.com', 'gift wrap', 'staff-2', NOW);
    await addTag(db, 'ana@example.com', 'fragile', 'staff-1', NOW);
    await addTag(db, 'bob@example.com', 'fragile', 'staff-1', NOW);
    expect(await listTags(db, 'ana@example.com')).toEqual({ staff: ['fragile', 'gift-wrap'], shop: ['wholesale'] });
    expect(await customersTagged(db, 'Fragile')).toEqual(['ana@example.com', 'bob@example.com']);
    expect(await removeTag(db, 'ana@example.com', 'fragile')).toBe(true);
    expect((await listTags(db, 'ana@example.com')).staff).toEqual(['gift-wrap']);
  });
});

describe('customerTimeline', () => {
  it('merges the thread\'s events, events naming the customer and notes, newest first, and nothing of others', async () => {
    const deps = await testDeps();
    const ana = await seedConversation(deps, 'ana@example.com', '1001', false);
    const bob = await seedConversation(deps, 'bob@example.com', '2002', false);
    await appendEvent(deps.db, { type: 'drafted', messageId: ana.messageId, threadId: ana.threadId, at: later(1).toISOString(), data: { intent: 'order_status' } });
    await appendEvent(deps.db, { type: 'draft_edited', threadId: ana.threadId, actor: 'staff-1', at: later(2).toISOString() });
    await addNote(deps.db, 'ana@example.com', 'Called her back.', 'staff-1', later(3));
    await appendEvent(deps.db, { type: 'delivery_delivered', messageId: ana.messageId, threadId: ana.threadId, customerEmail: 'ana@example.com', at: later(4).toISOString() });
    await appendEvent(deps.db, { type: 'drafted', threadId: bob.threadId, at: later(2).toISOString() });

    const t = await customerTimeline(deps.db, 'ANA@example.com');
    expect(t.map((e) => e.type)).toEqual(['delivery_delivered', 'note', 'draft_edited', 'drafted', 'received']);
    expect(t[1]).toMatchObject({ kind: 'note', actor: 'staff-1', data: { body: 'Called her back.' } });
    expect(t.every((e) => e.threadId === null || e.threadId === ana.threadId)).toBe(true);

    const older = await customerTimeline(deps.db, 'ana@example.com', { before: later(2).toISOString(), limit: 10 });
    expect(older.map((e) => e.type)).toEqual(['drafted', 'received']);
  });
});
