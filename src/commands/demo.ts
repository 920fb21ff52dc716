import { readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { sql } from 'kysely';
import type { Config } from '../config.ts';
import { openApp } from '../app/wiring.ts';
import { runInline } from '../pipeline/inlineRunner.ts';
import { FixtureShop } from '../shop/fixtureShop.ts';
import { ensureMailbox } from '../store/mailboxes.ts';
import { ingestFiles } from './ingestFiles.ts';
import { ensureDemoOwner } from '../web/demoLogin.ts';
import { progressBar } from './progress.ts';
import { summaryTable } from './summary.ts';

export const DEMO_MAILBOX = 'demo';

/**
 * Imports the demo inbox, runs the whole pipeline on the embedded defaults (demo store, offline
 * classifier unless an OpenAI key is set, .eml outbox) and prints what happened. Safe to run
 * again: nothing is imported, drafted or sent twice.
 */
export async function demoCommand(config: Config, opts: { inbox: string }): Promise<void> {
  const started = performance.now();
  const app = await openApp(config);
  try {
    app.shop = await FixtureShop.load();
    await ensureMailbox(app.db, config, DEMO_MAILBOX, 'files', app.now());
    const files = (await readdir(opts.inbox)).filter((f) => f.endsWith('.eml')).sort().map((f) => join(opts.inbox, f));
    if (files.length === 0) throw new Error(`no .eml files in ${opts.inbox}`);

    const counts = await ingestFiles(app, DEMO_MAILBOX, files);
    const bar = progressBar('pipeline');
    const run = await runInline(app, (p) => bar.update(p.done, p.total));
    bar.stop();

    const awaiting = await app.db.selectFrom('messages').select(sql<number>`count(*)`.as('n')).where('state', '=', 'awaiting_review').executeTakeFirstOrThrow();
    const secs = ((performance.now() - started) / 1000).toFixed(1);
    const out = process.stdout;
    out.write(`\ndeskhand demo — ${files.length} emails in ${opts.inbox}: ${counts.stored} imported, ${counts.duplicate} already there, ${counts.failed} unreadable; ${run.done} processed in ${secs}s\n`);
    out.write(`store: ${config.DATABASE_URL}   classifier: ${app.classifier.kind}   outbox: ${app.sender.kind === 'eml' ? resolve(config.DESKHAND_DATA_DIR, 'outbox') : app.sender.kind}\n\n`);
    out.write(`${await summaryTable(app.db)}\n\n`);
    out.write(`${Number(awaiting.n)} drafts are waiting for review.\n`);
    const login = await ensureDemoOwner(app.db, config.DESKHAND_DATA_DIR);
    out.write(`Review desk: run "npm run desk" then open http://${config.WEB_HOST}:${config.WEB_PORT} — login ${login.email} / ${login.password}\n`);
  } finally {
    await app.close();
  }
}
