import { type Kysely, PostgresAdapter } from 'kysely';

/** True when the database behind this Kysely instance is PostgreSQL (migrations differ in a few column types). */
export function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}
