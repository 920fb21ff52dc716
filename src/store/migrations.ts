import type { Kysely } from 'kysely';
import { type Migration, type MigrationProvider, Migrator } from 'kysely/migration';
import * as m0001 from './migrations/0001_core.ts';
import * as m0002 from './migrations/0002_users.ts';
import * as m0003 from './migrations/0003_crm.ts';
import * as m0004 from './migrations/0004_scale_indexes.ts';
import * as m0005 from './migrations/0005_loopguard.ts';
import * as m0006 from './migrations/0006_actioncheck.ts';
import * as m0007 from './migrations/0007_identity.ts';
import * as m0008 from './migrations/0008_webhooks.ts';
import * as m0009 from './migrations/0009_secrets.ts';

// Versioned migrations, applied in name order. Add new ones at the end; never edit shipped ones.
const MIGRATIONS: Record<string, Migration> = {
  '0001_core': m0001,
  '0002_users': m0002,
  '0003_crm': m0003,
  '0004_scale_indexes': m0004,
  '0005_loopguard': m0005,
  '0006_actioncheck': m0006,
  '0007_identity': m0007,
  '0008_webhooks': m0008,
  '0009_secrets': m0009,
};

class StaticMigrationProvider implements MigrationProvider {
  async getMigrations(): Promise<Record<string, Migration>> {
    return MIGRATIONS;
  }
}

export interface MigrateReport {
  applied: string[];
  current: string | null;
}

/** Applies every pending migration; throws with the failing migration's name. */
export async function migrateToLatest(db: Kysely<any>): Promise<MigrateReport> {
  const migrator = new Migrator({ db, provider: new StaticMigrationProvider() });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    const cause = error instanceof Error ? error.message : String(error);
    throw new Error(`migration ${failed?.migrationName ?? '(unknown)'} failed: ${cause}`);
  }
  const applied = (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
  const all = await migrator.getMigrations();
  const done = all.filter((m) => m.executedAt);
  return { applied, current: done.at(-1)?.name ?? null };
}
