import { join } from 'node:path';
import type { Config } from '../config.ts';
import { createCrm } from '../crm/createCrm.ts';
import type { Crm } from '../crm/port.ts';
import { createClassifier } from '../llm/createClassifier.ts';
import { OfflineClassifier } from '../llm/offlineClassifier.ts';
import type { Classifier } from '../llm/port.ts';
import { createLogger, type Logger } from '../log.ts';
import type { PipelineDeps } from '../pipeline/deps.ts';
import { EmlOutbox } from '../send/emlOutbox.ts';
import type { Sender } from '../send/port.ts';
import { FixtureShop } from '../shop/fixtureShop.ts';
import type { Shop } from '../shop/port.ts';
import { parseSecretKey } from '../secrets/secretBox.ts';
import { assertSecretsReadable } from '../secrets/secretStore.ts';
import { type Db, openDb } from '../store/db.ts';
import { migrateToLatest } from '../store/migrations.ts';

export interface WiringOptions {
  /** Use the offline classifier even when an OpenAI key is set. */
  offline?: boolean;
  log?: Logger;
  now?: () => Date;
}

/** Which adapter each port uses: the configured service, or the embedded default. */
export function describeAdapters(config: Config): Record<string, string> {
  return {
    store: config.DATABASE_URL.startsWith('sqlite:') ? `SQLite (${config.DATABASE_URL.slice(7)})` : 'PostgreSQL',
    queue: config.REDIS_URL ? 'BullMQ (Redis)' : 'inline',
    mailbox: config.IMAP_HOST ? `IMAP ${config.IMAP_USER}@${config.IMAP_HOST}` : 'none (import .eml files)',
    classifier: config.OPENAI_API_KEY ? `OpenAI ${config.OPENAI_MODEL}` : 'offline rules',
    shop: config.SHOPIFY_SHOP ? `Shopify ${config.SHOPIFY_SHOP}` : 'demo store (fixtures/store)',
    sender: config.SENDGRID_API_KEY ? `SendGrid${config.SENDGRID_SANDBOX ? ' (sandbox)' : ''}` : `.eml files (${join(config.DESKHAND_DATA_DIR, 'outbox')})`,
    crm: config.HUBSPOT_ACCESS_TOKEN ? 'HubSpot + built-in' : 'built-in',
  };
}

// The Shopify and SendGrid SDKs (~30 MB resident each) are imported only when configured.
export async function createShop(config: Config, ctx: { db?: Db; now?: () => Date } = {}): Promise<Shop> {
  if (!config.SHOPIFY_SHOP) return FixtureShop.load();
  const { createShopifyShop } = await import('../shop/shopifyShop.ts');
  return createShopifyShop(config, {}, ctx);
}

export async function createSender(config: Config): Promise<Sender> {
  if (!config.SENDGRID_API_KEY) return new EmlOutbox({ dataDir: config.DESKHAND_DATA_DIR });
  const { SendGridSender } = await import('../send/sendgridSender.ts');
  return new SendGridSender({ apiKey: config.SENDGRID_API_KEY, sandbox: config.SENDGRID_SANDBOX });
}

/** Opens the database (migrated) and builds every adapter from the config. */
export async function openApp(config: Config, opts: WiringOptions = {}): Promise<PipelineDeps & { close(): Promise<void> }> {
  const db = openDb(config.DATABASE_URL);
  await migrateToLatest(db);
  // Stored tokens and no key (or the wrong one): refuse to start, saying which variable to set.
  await assertSecretsReadable(db, config.DESKHAND_SECRET_KEY ? parseSecretKey(config.DESKHAND_SECRET_KEY) : null).catch(async (err: unknown) => {
    await db.destroy();
    throw err;
  });
  const log = opts.log ?? createLogger(config.LOG_LEVEL);
  const now = opts.now ?? (() => new Date());
  const classifier: Classifier = opts.offline ? new OfflineClassifier() : createClassifier(config);
  const crm: Crm = createCrm(db, config, now);
  return {
    db,
    config,
    shop: await createShop(config, { db, now }),
    classifier,
    sender: await createSender(config),
    crm,
    log,
    now,
    close: () => db.destroy(),
  };
}
