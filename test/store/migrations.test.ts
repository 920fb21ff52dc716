import { describe, expect, it } from 'vitest';
import { openDb } from '../../src/store/db.ts';
import { migrateToLatest } from '../../src/store/migrations.ts';

describe('migrations', () => {
  it('apply once and are a no-op the second time', async () => {
    const db = openDb('sqlite::memory:');
    const first = await migrateToLatest(db);
    expect(first.applied).toContain('0001_core');
    const second = await migrateToLatest(db);
    expect(second.applied).toEqual([]);
    expect(second.current).toBe(first.current);
    await db.destroy();
  });
});
