import { describe, expect, it } from 'vitest';
import { compiledOnce } from '../../src/store/compiledQuery.ts';
import { openDb } from '../../src/store/db.ts';
import { appendEvent } from '../../src/store/events.ts';
import { migrateToLatest } from '../../src/store/migrations.ts';

async function freshDb() {
  const db = openDb('sqlite::memory:');
  await migrateToLatest(db);
  return db;
}

describe('compiledOnce', () => {
  it('runs the same compiled statement with each call’s own values, in the right places', async () => {
    const db = await freshDb();
    for (const [type, actor] of [['a', 'x'], ['b', 'y'], ['c', 'x']]) await appendEvent(db, { type: type!, actor: actor!, at: '2025-01-01T00:00:00Z', data: { type } });
    const byTypeAndActor = compiledOnce(2, (d, type: string, actor: string) => d.selectFrom('events').select(['type', 'actor', 'data']).where('actor', '=', actor).where('type', '=', type));
    expect((await byTypeAndActor(db, 'c', 'x')).rows).toEqual([{ type: 'c', actor: 'x', data: '{"type":"c"}' }]);
    expect((await byTypeAndActor(db, 'b', 'y')).rows).toEqual([{ type: 'b', actor: 'y', data: '{"type":"b"}' }]);
    expect((await byTypeAndActor(db, 'b', 'x')).rows).toEqual([]);
    await db.destroy();
  });

  it('refuses a build that does not use every marker as a parameter', async () => {
    const db = await freshDb();
    const literal = compiledOnce(1, (d, _type: string) => d.selectFrom('events').select('id').where('type', '=', 'fixed'));
    await expect(literal(db, 'a')).rejects.toThrow(/every parameter must be a marker/);
    await db.destroy();
  });
});
