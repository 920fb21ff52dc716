import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { Database as Schema } from './schema.ts';

export type Db = Kysely<Schema>;

/**
 * Opens the store named by DATABASE_URL: `sqlite:<path>` (the embedded default; `sqlite::memory:`
 * for tests) or `postgres://…`. One query layer (Kysely) serves both.
 */
export function openDb(url: string): Db {
  if (url.startsWith('sqlite:')) {
    const path = url.slice('sqlite:'.length);
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    const sqlite = new Database(path);
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = NORMAL');
    // Checkpoint the WAL every 10,000 pages (~40 MB) rather than SQLite's 1,000: a message writes
    // ~70 pages over its steps, and each checkpoint copies pages to the database and syncs it, so
    // the default checkpointed every ~14 messages (10 % of the inline runner's time).
    sqlite.pragma('wal_autocheckpoint = 10000');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    return new Kysely<Schema>({ dialect: new SqliteDialect({ database: cachePreparedStatements(sqlite) }) });
  }
  if (/^postgres(ql)?:\/\//.test(url)) {
    // bigint columns come back as strings from pg by default; ours fit in a JS number.
    pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));
    const pool = new pg.Pool({ connectionString: url, max: 10, Client: PreparingClient });
    // An idle connection the server drops (restart, admin kill) emits 'error' on the pool; without a
    // listener that would crash the process. The pool discards that client and opens a new one.
    pool.on('error', () => {});
    return new Kysely<Schema>({ dialect: new PostgresDialect({ pool }) });
  }
  throw new Error(`DATABASE_URL must start with sqlite: or postgres:// (got "${url.split(':')[0]}:…")`);
}

/**
 * Kysely prepares every query afresh; with better-sqlite3 that was the largest single cost per
 * message (and native memory churn). Our queries are a small fixed set of SQL strings, so keep
 * their prepared statements. Safe because better-sqlite3 runs one statement at a time.
 */
function cachePreparedStatements(sqlite: Database.Database, max = 500): Database.Database {
  const cache = new Map<string, Database.Statement>();
  const prepare = sqlite.prepare.bind(sqlite);
  sqlite.prepare = ((source: string) => {
    let stmt = cache.get(source);
    if (!stmt) {
      if (cache.size >= max) cache.delete(cache.keys().next().value!);
      stmt = prepare(source);
      cache.set(source, stmt);
    }
    return stmt;
  }) as typeof sqlite.prepare;
  return sqlite;
}

/**
 * The PostgreSQL counterpart: pg parses and plans every parameterised query afresh unless it is
 * given a statement name. Naming our (small, fixed) set of SQL strings per connection lets the
 * server parse each once and reuse its plan. Statements without parameters (begin, commit, DDL)
 * keep the simple protocol. After DDL the names start afresh, so a statement prepared before a
 * migration (whose `select *` would change shape) is never reused after it.
 */
class PreparingClient extends pg.Client {
  #names = new Map<string, string>();
  #generation = 0;

  // pg's query() has many overloads; Kysely calls query(text, values).
  override query(...args: unknown[]): never {
    const [text, values] = args;
    if (typeof text === 'string' && Array.isArray(values) && args.length === 2) {
      if (values.length === 0) {
        if (/^\s*(create|alter|drop)\b/i.test(text)) {
          this.#generation++;
          this.#names.clear();
        }
      } else if (this.#names.has(text) || this.#names.size < 500) {
        let name = this.#names.get(text);
        if (!name) this.#names.set(text, (name = `deskhand_${this.#generation}_${this.#names.size}`));
        return (super.query as (...a: unknown[]) => never)({ name, text, values });
      }
    }
    return (super.query as (...a: unknown[]) => never)(...args);
  }
}
