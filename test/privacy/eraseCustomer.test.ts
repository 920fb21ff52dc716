import { describe, expect, it } from 'vitest';
import { addNote } from '../../src/crm/notes.ts';
import { addTag } from '../../src/crm/tags.ts';
import { eraseCustomerData } from '../../src/privacy/eraseCustomer.ts';
import { exportCustomerData, storeCustomerExport } from '../../src/privacy/exportCustomer.ts';
import { NOW, seedConversation, testDeps } from '../web/webhooks/harness.ts';

describe('privacy: export and erase one customer', () => {
  it('exports only that customer\'s rows, then erases them all (notes, tags, exports included) and leaves other customers intact', async () => {
    const deps = await testDeps();
    const ana = await seedConversation(deps, 'ana@example.com', '1001');
    await seedConversation(deps, 'ana@example.com', '1005', false);
    const bob = await seedConversation(deps, 'bob@example.com', '2002');
    await addNote(deps.db, 'ana@example.com', 'VIP, handle with care', 'staff-1', NOW);
    await addTag(deps.db, 'ana@example.com', 'fragile', 'staff-1', NOW);
    await addNote(deps.db, 'bob@example.com', 'Bob note', 'staff-1', NOW);

    const exp = await exportCustomerData(deps.db, 'Ana@example.com', NOW);
    expect(exp.threads).toHaveLength(2);
    expect(exp.messages).toHaveLength(2);
    expect(exp.notes).toHaveLength(1);
    expect(exp.tags).toHaveLength(1);
    await storeCustomerExport(deps.db, 'ana@example.com', NOW, { requestId: 'req-1' });

    const report = await eraseCustomerData(deps.db, 'ANA@example.com', NOW);
    expect(report.counts).toMatchObject({ messages: 2, threads: 2, drafts: 1, draftEdits: 1, outbox: 1, notes: 1, tags: 1, exports: 1 });
    expect(report.messageIds).toContain(ana.messageId);

    const after = await exportCustomerData(deps.db, 'ana@example.com', NOW);
    expect([after.threads, after.messages, after.drafts, after.outbox, after.notes, after.tags, after.events]).toEqual([[], [], [], [], [], [], []]);
    expect(await deps.db.selectFrom('privacy_exports').select('id').execute()).toEqual([]);
    expect((await exportCustomerData(deps.db, 'bob@example.com', NOW)).messages.map((m) => m.id)).toEqual([bob.messageId]);
    expect(await deps.db.selectFrom('customer_notes').select('customer_email').execute()).toEqual([{ customer_email: 'bob@example.com' }]);

    const audit = await deps.db.selectFrom('events').selectAll().where('type', '=', 'privacy_erased').execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]!.customer_email).toBeNull();
    expect(audit[0]!.data).not.toMatch(/ana|1001|1005/i);
  });

  it('rolls back everything when the erasure fails part-way', async () => {
    const deps = await testDeps();
    await seedConversation(deps, 'ana@example.com', '1001');
    // A row in a table erase does not know about, pointing at Ana's message, makes the delete fail (FK).
    await deps.db.schema.createTable('attachments_x').addColumn('message_id', 'text', (c) => c.references('messages.id')).execute();
    const msg = await deps.db.selectFrom('messages').select('id').executeTakeFirstOrThrow();
    await (deps.db as unknown as { insertInto(t: string): { values(v: object): { execute(): Promise<unknown> } } }).insertInto('attachments_x').values({ message_id: msg.id }).execute();
    await expect(eraseCustomerData(deps.db, 'ana@example.com', NOW)).rejects.toThrow();
    expect(await deps.db.selectFrom('messages').select('id').execute()).toHaveLength(1);
    expect(await deps.db.selectFrom('drafts').select('id').execute()).toHaveLength(1);
    expect(await deps.db.selectFrom('events').select('id').where('type', '=', 'privacy_erased').execute()).toEqual([]);
  });
});
