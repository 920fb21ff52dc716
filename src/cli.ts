import { Command, Option } from 'commander';
import { ConfigError, loadConfig } from './config.ts';

// Each command imports its modules when it runs: a process loads only what its command uses
// (doctor alone pulls in every SDK; a worker needs none of the desk), which keeps resident memory down.

const program = new Command();
program
  .name('deskhand')
  .description('AI email-support agent for Shopify stores.\nConfiguration comes from the environment (see .env.example).')
  .showHelpAfterError();

program
  .command('demo')
  .description('Import the demo inbox and run the whole pipeline on embedded defaults (SQLite, demo store, offline classifier, .eml outbox). Safe to run again.')
  .option('--inbox <dir>', 'folder of .eml files to import', 'fixtures/inbox')
  .action(async (opts: { inbox: string }) => {
    const { demoCommand } = await import('./commands/demo.ts');
    await demoCommand(loadConfig(), opts);
  });

program
  .command('triage')
  .description('Classify .eml files without storing anything: one result per file (offline rules unless OPENAI_API_KEY is set).')
  .argument('<files...>', '.eml files')
  .option('--json', 'one JSON line per file: {"file","intent","orders","action","language","confidence"}')
  .option('--offline', 'use the offline rules classifier even when OPENAI_API_KEY is set')
  .action(async (files: string[], opts: { json?: boolean; offline?: boolean }) => {
    const { printTriage, triageFiles } = await import('./commands/triage.ts');
    const lines = await triageFiles(loadConfig(), files, !!opts.offline);
    printTriage(lines, !!opts.json);
  });

program
  .command('migrate')
  .description('Apply pending database migrations (SQLite or PostgreSQL, from DATABASE_URL).')
  .action(async () => {
    const config = loadConfig();
    const { openDb } = await import('./store/db.ts');
    const { migrateToLatest } = await import('./store/migrations.ts');
    const db = openDb(config.DATABASE_URL);
    try {
      const r = await migrateToLatest(db);
      process.stdout.write(r.applied.length ? `applied: ${r.applied.join(', ')}\n` : `up to date (${r.current})\n`);
    } finally {
      await db.destroy();
    }
  });

program
  .command('doctor')
  .description('Check each configured service (database, Redis, IMAP login, OpenAI key and model, Shopify token and scopes, SendGrid key) and say in plain words what is wrong.')
  .action(async () => {
    const { doctorCommand } = await import('./commands/doctor.ts');
    process.exitCode = await doctorCommand(loadConfig());
  });

program
  .command('start')
  .alias('run')
  .description('Everything in one process: mailbox polling, the pipeline (BullMQ when REDIS_URL is set, else inline) and the review desk.')
  .option('--concurrency <n>', 'jobs at once per step queue (BullMQ only)', (v) => Number.parseInt(v, 10))
  .action(async (opts: { concurrency?: number }) => {
    const { startCommand } = await import('./commands/start.ts');
    await startCommand(loadConfig(), opts);
  });

program
  .command('poll')
  .description('Read the mailbox (IMAP), store new messages and queue them for the workers; re-queues anything the queue lost. Needs REDIS_URL.')
  .action(async () => {
    const { pollCommand } = await import('./commands/poll.ts');
    await pollCommand(loadConfig());
  });

program
  .command('worker')
  .description('Run the pipeline steps from the BullMQ queues (needs REDIS_URL; PostgreSQL when several machines share the work).')
  .option('--concurrency <n>', 'jobs at once per step queue', (v) => Number.parseInt(v, 10))
  .action(async (opts: { concurrency?: number }) => {
    const { workerCommand } = await import('./commands/worker.ts');
    await workerCommand(loadConfig(), opts);
  });

program
  .command('web')
  .description('Serve the review desk (and the webhooks) on WEB_HOST:WEB_PORT.')
  .action(async () => {
    const { webCommand } = await import('./commands/web.ts');
    await webCommand(loadConfig());
  });

program
  .command('rotate-key')
  .description('Re-encrypt the stored secrets (store tokens) from the old key (DESKHAND_OLD_SECRET_KEY or --old-key-stdin) to DESKHAND_SECRET_KEY.')
  .option('--old-key-stdin', 'read the old key from the first line of stdin')
  .action(async (opts: { oldKeyStdin?: boolean }) => {
    const { rotateKeyCommand } = await import('./commands/rotateKey.ts');
    await rotateKeyCommand(loadConfig(), opts);
  });

const user = program.command('user').description('Review-desk accounts.');
user
  .command('add')
  .description('Add a desk user. The password comes from DESKHAND_PASSWORD, --password-stdin, or a prompt on a terminal.')
  .requiredOption('--email <email>', 'sign-in email')
  .requiredOption('--name <name>', 'display name')
  .addOption(new Option('--role <role>', 'owner (modes, users, insights) or agent (queue and threads)').choices(['owner', 'agent']).default('agent'))
  .option('--password-stdin', 'read the password from the first line of stdin')
  .action(async (opts: { email: string; name: string; role: string; passwordStdin?: boolean }) => {
    const { userAddCommand } = await import('./commands/user.ts');
    await userAddCommand(loadConfig(), opts);
  });

program.addOption(new Option('--no-color', 'plain output').hideHelp());

try {
  await program.parseAsync(process.argv);
} catch (err) {
  if (err instanceof ConfigError) {
    process.stderr.write(`${err.message}\n`);
    process.exit(2);
  }
  process.stderr.write(`deskhand: ${(err as Error).message}\n`);
  process.exit(1);
}
