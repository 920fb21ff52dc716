// A `deskhand worker` for the fault tests: the same BullMQ runtime the command starts, on the
// embedded adapters, with a slow sender that also appends one line per reply the "provider"
// accepted to SEND_LOG (so the test can count real deliveries, which the .eml files, being
// overwritten by message id, cannot show). Run with: node --import tsx chaosWorker.ts
import { appendFileSync } from 'node:fs';
import { loadConfig } from '../../../src/config.ts';
import { createLogger } from '../../../src/log.ts';
import { startBullRuntime } from '../../../src/queue/runtime.ts';
import type { Sender } from '../../../src/send/port.ts';
import { embeddedDeps, openMigrated } from './stores.ts';

const config = loadConfig();
const sendLog = process.env.SEND_LOG!;
const sendDelay = Number(process.env.SEND_DELAY_MS ?? '20');
const db = await openMigrated(config.DATABASE_URL);
const base = await embeddedDeps(config, db);
const inner = base.sender;
const sender: Sender = {
  kind: inner.kind,
  async send(reply) {
    await new Promise((r) => setTimeout(r, sendDelay));
    const receipt = await inner.send(reply);
    appendFileSync(sendLog, `${reply.deskhandMessageId}\n`);
    return receipt;
  },
};
const runtime = startBullRuntime({ ...base, sender, log: createLogger(config.LOG_LEVEL) }, config);
await runtime.sweepNow();
process.stdout.write('ready\n');

const stop = async () => {
  await runtime.close();
  await db.destroy();
  process.exit(0);
};
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
