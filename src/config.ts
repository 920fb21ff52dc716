import { z } from 'zod';
import { INTENTS } from './domain/intents.ts';
import { parseSecretKey } from './secrets/secretBox.ts';

// One zod schema over the environment. Every variable is documented in .env.example and in
// the README's configuration table. Empty strings count as "not set".

const optionalString = z.string().trim().min(1).optional();
const bool = z.enum(['true', 'false', '1', '0', 'yes', 'no']).transform((v) => v === 'true' || v === '1' || v === 'yes');
const port = z.coerce.number().int().min(1).max(65535);
const secretKey = optionalString.refine((v) => v === undefined || parseSecretKey(v) !== null, {
  message: 'must be 32 random bytes in base64 (44 characters); make one with: openssl rand -base64 32',
});

/** Every variable, by name (the README table and .env.example list exactly these). */
export const ConfigShape = z.object({
    DESKHAND_DATA_DIR: z.string().default('./data'),
    DATABASE_URL: z
      .string()
      .regex(/^(sqlite:|postgres:\/\/|postgresql:\/\/)/, 'a URL starting with sqlite: or postgres://')
      .optional(),
    REDIS_URL: z.string().regex(/^rediss?:\/\//, 'a URL starting with redis:// or rediss://').optional(),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),

    STORE_NAME: z.string().default('Demo Store'),
    SUPPORT_FROM_ADDRESS: z.email().default('support@demo-store.example'),
    SUPPORT_FROM_NAME: z.string().default('Demo Store Support'),
    SUPPORT_REPLY_TO: z.email().optional(),
    /** Other addresses that are ours (aliases), comma-separated: mail from them is never answered. */
    OWN_ADDRESSES: z.string().default(''),
    ORDER_NAME_PREFIX: z.string().default('#'),
    ORDER_NAME_SUFFIX: z.string().default(''),

    REVIEW_MODE: z.enum(['off', 'draft', 'auto']).default('draft'),
    AUTO_INTENTS: z
      .string()
      .default('order_status')
      .transform((s) => s.split(',').map((x) => x.trim()).filter(Boolean))
      .pipe(z.array(z.enum(INTENTS))),
    AUTO_CONFIDENCE: z.coerce.number().min(0).max(1).default(0.85),
    /**
     * authserv-ids of the mail servers whose Authentication-Results we believe (the mailbox
     * provider's, e.g. mx.google.com), comma-separated, lower-cased. Any other such header is ignored.
     */
    TRUSTED_AUTHSERV_IDS: z
      .string()
      .default('')
      .transform((s) => s.split(',').map((x) => x.trim().toLowerCase()).filter(Boolean))
      .pipe(z.array(z.string().regex(/^[^\s;()"]+$/, 'authserv-ids (host names) separated by commas'))),
    /** Auto-send to senders no trusted server checked (no trusted Authentication-Results). Off by default. */
    AUTO_SEND_UNCHECKED_SENDERS: bool.default(false),
    REPLY_CAP_PER_SENDER: z.coerce.number().int().min(1).default(3),
    MAX_ATTEMPTS: z.coerce.number().int().min(1).default(5),
    /** First retry delay; each further retry waits 4x longer (capped at 15 minutes). */
    RETRY_BASE_MS: z.coerce.number().int().min(0).default(5_000),
    /** BullMQ runner (when REDIS_URL is set): key prefix, jobs per worker process, job lock, sweep period. */
    QUEUE_PREFIX: z.string().regex(/^[A-Za-z0-9_.-]+$/).default('deskhand'),
    WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(256).default(8),
    QUEUE_LOCK_MS: z.coerce.number().int().min(500).default(30_000),
    SWEEP_INTERVAL_MS: z.coerce.number().int().min(100).default(30_000),
    POLL_INTERVAL_MS: z.coerce.number().int().min(100).default(30_000),
    /** Jobs per second on the triage (model) and resolve (Shopify) queues across all workers; 0 = no limit. */
    TRIAGE_RATE_PER_SEC: z.coerce.number().int().min(0).default(0),
    RESOLVE_RATE_PER_SEC: z.coerce.number().int().min(0).default(0),
    /** Serves /metrics and /healthz on this port in `deskhand worker` and `deskhand poll` (unset: not served). */
    METRICS_PORT: port.optional(),

    OPENAI_API_KEY: optionalString,
    OPENAI_BASE_URL: z.url().optional(),
    OPENAI_MODEL: z.string().default('gpt-4o-mini'),
    OPENAI_TIMEOUT_MS: z.coerce.number().int().min(1000).default(30_000),
    OPENAI_MAX_RETRIES: z.coerce.number().int().min(0).max(10).default(3),

    SHOPIFY_SHOP: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]*\.myshopify\.com$/, 'the shop domain, like my-store.myshopify.com')
      .optional(),
    SHOPIFY_ADMIN_TOKEN: optionalString,
    SHOPIFY_API_SECRET: optionalString,
    /** A Dev Dashboard app's client id; with SHOPIFY_API_SECRET (its client secret) instead of SHOPIFY_ADMIN_TOKEN. */
    SHOPIFY_CLIENT_ID: optionalString,

    /** Encrypts the secrets the desk stores (AES-256-GCM): 32 bytes, base64. */
    DESKHAND_SECRET_KEY: secretKey,
    /** The previous key, read only by `deskhand rotate-key`. */
    DESKHAND_OLD_SECRET_KEY: secretKey,

    SENDGRID_API_KEY: optionalString,
    SENDGRID_SANDBOX: bool.default(false),
    SENDGRID_WEBHOOK_PUBLIC_KEY: optionalString,
    /** Secret last path segment of the Inbound Parse hook URL (/webhooks/sendgrid/inbound/<token>). */
    SENDGRID_INBOUND_PARSE_TOKEN: optionalString,

    IMAP_HOST: optionalString,
    IMAP_PORT: port.default(993),
    IMAP_SECURE: bool.default(true),
    IMAP_USER: optionalString,
    IMAP_PASSWORD: optionalString,
    IMAP_ACCESS_TOKEN: optionalString,
    IMAP_MAILBOX: z.string().default('INBOX'),
    IMAP_MOVE_TO: optionalString,
    IMAP_BATCH_SIZE: z.coerce.number().int().min(1).max(1000).default(100),

    WEB_HOST: z.string().default('127.0.0.1'),
    WEB_PORT: port.default(3000),
    PUBLIC_URL: z.url().optional(),
    INGEST_SIGNING_SECRET: optionalString,
    /** Largest request body read from the web (forms, JSON, login, webhooks); bigger ones get 413 unread. */
    MAX_BODY_BYTES: z.coerce.number().int().min(1024).default(1024 * 1024),
    /** Largest email taken in (Inbound Parse, edge worker, IMAP); bigger ones are refused or kept as "too large". */
    MAX_MAIL_BYTES: z.coerce.number().int().min(1024).default(30 * 1024 * 1024),
    /** How far a webhook's own timestamp (X-Shopify-Triggered-At, SendGrid's) may be from our clock. */
    WEBHOOK_WINDOW_SECONDS: z.coerce.number().int().min(10).max(86_400).default(300),
    /** Reverse proxies whose X-Forwarded-For is believed (comma-separated IPs); otherwise the socket address counts. */
    TRUSTED_PROXIES: z
      .string()
      .default('')
      .transform((s) => s.split(',').map((x) => x.trim()).filter(Boolean))
      .pipe(z.array(z.union([z.ipv4(), z.ipv6()]))),

    HUBSPOT_ACCESS_TOKEN: optionalString,
});

export const ConfigSchema = ConfigShape
  .superRefine((c, ctx) => {
    const devDashboardApp = !!(c.SHOPIFY_CLIENT_ID && c.SHOPIFY_API_SECRET);
    if (c.SHOPIFY_SHOP && !c.SHOPIFY_ADMIN_TOKEN && !devDashboardApp)
      ctx.addIssue({
        code: 'custom',
        path: ['SHOPIFY_ADMIN_TOKEN'],
        message: 'required when SHOPIFY_SHOP is set (the custom app\'s Admin API access token), unless SHOPIFY_CLIENT_ID and SHOPIFY_API_SECRET are set (a Dev Dashboard app)',
      });
    if (c.SHOPIFY_CLIENT_ID && !c.SHOPIFY_API_SECRET)
      ctx.addIssue({ code: 'custom', path: ['SHOPIFY_API_SECRET'], message: 'required with SHOPIFY_CLIENT_ID (the Dev Dashboard app\'s client secret)' });
    if (c.SHOPIFY_SHOP && !c.SHOPIFY_ADMIN_TOKEN && devDashboardApp && !c.DESKHAND_SECRET_KEY)
      ctx.addIssue({
        code: 'custom',
        path: ['DESKHAND_SECRET_KEY'],
        message: 'required with SHOPIFY_CLIENT_ID: the desk stores the app\'s access token, encrypted with this key (make one with: openssl rand -base64 32)',
      });
    if (c.IMAP_HOST && !c.IMAP_USER)
      ctx.addIssue({ code: 'custom', path: ['IMAP_USER'], message: 'required when IMAP_HOST is set' });
    if (c.IMAP_HOST && !c.IMAP_PASSWORD && !c.IMAP_ACCESS_TOKEN)
      ctx.addIssue({ code: 'custom', path: ['IMAP_PASSWORD'], message: 'IMAP_PASSWORD or IMAP_ACCESS_TOKEN is required when IMAP_HOST is set' });
  })
  .transform((c) => ({
    ...c,
    DATABASE_URL: c.DATABASE_URL ?? `sqlite:${c.DESKHAND_DATA_DIR.replace(/\/$/, '')}/deskhand.db`,
  }));

export type Config = z.infer<typeof ConfigSchema>;

export class ConfigError extends Error {
  readonly problems: string[];

  constructor(problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}\nSee .env.example for every variable.`);
    this.problems = problems;
    this.name = 'ConfigError';
  }
}

/** Reads the config from an environment; throws ConfigError naming each bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  // Treat empty strings as unset, so `FOO=` in a .env file means "use the default".
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const result = ConfigSchema.safeParse(cleaned);
  if (!result.success) {
    throw new ConfigError(
      result.error.issues.map((i) => {
        const name = String(i.path[0] ?? 'config');
        const got = cleaned[name];
        const secret = /KEY|TOKEN|PASSWORD|SECRET/.test(name);
        return `${name}: ${i.message}${got !== undefined && !secret ? ` (got "${got}")` : ''}`;
      }),
    );
  }
  return result.data;
}
