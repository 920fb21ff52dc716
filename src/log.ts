import pino, { type Logger } from 'pino';

export type { Logger };

// Secrets never reach a log line: any field with one of these names is replaced.
const REDACT = [
  '*.apiKey', '*.api_key', '*.password', '*.accessToken', '*.access_token', '*.token', '*.authorization', '*.Authorization',
  '*.OPENAI_API_KEY', '*.SHOPIFY_ADMIN_TOKEN', '*.SENDGRID_API_KEY', '*.IMAP_PASSWORD', '*.IMAP_ACCESS_TOKEN', '*.SESSION_SECRET',
  '*.DESKHAND_SECRET_KEY', '*.DESKHAND_OLD_SECRET_KEY', '*.client_secret', '*.clientSecret', '*.refresh_token', '*.refreshToken', '*.sealed',
  '*.HUBSPOT_ACCESS_TOKEN', '*.SENDGRID_INBOUND_PARSE_TOKEN', '*.SHOPIFY_API_SECRET', '*.INGEST_SIGNING_SECRET', 'headers.authorization', 'headers["x-shopify-access-token"]',
];

/** Structured JSON logs on stderr (stdout stays for command output). */
export function createLogger(level: string = 'info', destination: pino.DestinationStream = pino.destination(2)): Logger {
  return pino({ level, redact: { paths: REDACT, censor: '[redacted]' }, base: { app: 'deskhand' } }, destination);
}

export const silentLogger: Logger = pino({ level: 'silent' });
