import { type Compilable, CompiledQuery, type Kysely, type QueryResult } from 'kysely';
import { isPostgres } from './dialect.ts';
import type { Database } from './schema.ts';

/**
 * A query the pipeline runs for every message, built and compiled by Kysely once per dialect and
 * then executed with fresh parameter values. Building and compiling the operation tree cost more
 * than SQLite's own work for these small statements (~15 µs each, dozens per message).
 *
 * `build` receives one marker value per parameter and must use each exactly where a value goes;
 * the markers are found in the compiled parameters and replaced on every run.
 */
export function compiledOnce<Args extends unknown[], Row = unknown>(
  arity: Args['length'],
  build: (db: Kysely<Database>, ...markers: Args) => Compilable<Row>,
): (db: Kysely<Database>, ...args: Args) => Promise<QueryResult<Row>> {
  const byDialect = new Map<string, { sql: string; slots: number[]; query: CompiledQuery<Row> }>();
  return async (db, ...args) => {
    const dialect = isPostgres(db) ? 'pg' : 'sqlite';
    let compiled = byDialect.get(dialect);
    if (!compiled) {
      const markers = Array.from({ length: arity }, (_, i) => `\u0000compiledOnce:${i}\u0000`);
      const query = build(db, ...(markers as Args)).compile();
      const slots = query.parameters.map((p) => markers.indexOf(p as string));
      if (slots.some((s) => s < 0) || new Set(slots).size !== arity) throw new Error('compiledOnce: every parameter must be a marker, each used once');
      compiled = { sql: query.sql, slots, query };
      byDialect.set(dialect, compiled);
    }
    const parameters = compiled.slots.map((s) => args[s]);
    return db.executeQuery<Row>(CompiledQuery.raw(compiled.sql, parameters) as CompiledQuery<Row>);
  };
}
