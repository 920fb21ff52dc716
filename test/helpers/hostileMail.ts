import { readFileSync } from 'node:fs';
import { ingestRaw } from '../../src/pipeline/ingest.ts';
import type { TestApp } from './pipeline.ts';

/** The mail server the hostile tests trust (TRUSTED_AUTHSERV_IDS). */
export const TRUSTED = 'mx.trusted.example';

export interface RawMailSpec {
  /** Each entry is one From header line (a forger may add a second). */
  from: string | string[];
  replyTo?: string;
  sender?: string;
  /** Authentication-Results values, topmost first, as the receiving servers wrote them. */
  authResults?: string[];
  subject?: string;
  text?: string;
  messageId: string;
  inReplyTo?: string;
  references?: string;
}

/**
 * A raw RFC 5322 message written line by line, so a test controls exactly which headers are
 * there and how often (repeated From, Authentication-Results above and below each other).
 * It goes through the real parser at ingest.
 */
export function rawMail(m: RawMailSpec): Buffer {
  const lines = [
    ...(m.authResults ?? []).map((v) => `Authentication-Results: ${v}`),
    ...(Array.isArray(m.from) ? m.from : [m.from]).map((f) => `From: ${f}`),
    ...(m.sender ? [`Sender: ${m.sender}`] : []),
    ...(m.replyTo ? [`Reply-To: ${m.replyTo}`] : []),
    'To: Demo Store Support <support@demo-store.example>',
    `Subject: ${m.subject ?? 'Where is my order #1004?'}`,
    'Date: Mon, 23 Nov 2026 09:14:27 +0000',
    `Message-ID: ${m.messageId}`,
    ...(m.inReplyTo ? [`In-Reply-To: ${m.inReplyTo}`] : []),
    ...(m.references ? [`References: ${m.references}`] : []),
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    '',
    m.text ?? 'Hi, could you tell me where my order #1004 is and send me the tracking number? Thanks, Emma',
    '',
  ];
  return Buffer.from(lines.join('\r\n'), 'utf8');
}

export async function ingestMail(app: TestApp, m: RawMailSpec): Promise<string> {
  const r = await ingestRaw(app.db, 'demo', { source: 'file', uid: null, raw: rawMail(m) }, app.now());
  return r.id;
}

interface FixtureOrder {
  name: string;
  email: string | null;
  customerEmail: string | null;
  lineItems: { title: string }[];
  fulfillments: { trackingInfo: { number: string | null }[] }[];
}

/** Every order fact of the fixture store a reply could leak, by the addresses that own it. */
export function fixtureOrderFacts(): { owners: string[]; facts: string[] }[] {
  const orders = JSON.parse(readFileSync('fixtures/store/orders.json', 'utf8')) as FixtureOrder[];
  return orders.map((o) => ({
    owners: [o.email, o.customerEmail].filter((e): e is string => !!e).map((e) => e.toLowerCase()),
    facts: [
      o.name,
      ...o.fulfillments.flatMap((f) => f.trackingInfo.map((t) => t.number).filter((n): n is string => !!n)),
      ...o.lineItems.map((i) => i.title),
    ],
  }));
}

/**
 * The order facts in `body` that `recipient` has no right to: facts of orders they do not own,
 * less any fact that is also on one of their own orders (two orders can share an item title).
 */
export function leakedFacts(recipient: string, body: string): string[] {
  const all = fixtureOrderFacts();
  const own = new Set(all.filter((o) => o.owners.includes(recipient.toLowerCase())).flatMap((o) => o.facts));
  const foreign = new Set(all.filter((o) => !o.owners.includes(recipient.toLowerCase())).flatMap((o) => o.facts));
  return [...foreign].filter((f) => !own.has(f) && body.includes(f));
}
