import { AssociationTypes, Client } from '@hubspot/api-client';
import { AssociationSpecAssociationCategoryEnum } from '@hubspot/api-client/lib/codegen/crm/objects/emails/index.js';
import type { Customer } from '../domain/shop.ts';
import type { Crm, CrmEmail } from './port.ts';

export interface HubspotCrmOptions {
  accessToken: string;
  /** Our support address, shown as the other party on logged emails. */
  supportAddress: string;
  /** API base (tests, proxies); default https://api.hubapi.com */
  basePath?: string;
  /** Attempts after a 429 before giving up. */
  maxRetries?: number;
  /** Waits between attempts; injectable so tests do not sleep. */
  sleep?: (ms: number) => Promise<void>;
}

export class HubspotRateLimitError extends Error {
  readonly attempts: number;

  constructor(attempts: number) {
    super(`HubSpot rate limit: still 429 after ${attempts} attempts`);
    this.attempts = attempts;
    this.name = 'HubspotRateLimitError';
  }
}

interface ApiErrorLike {
  code?: number;
  body?: { policyName?: string };
  headers?: Record<string, string>;
}

/**
 * The CRM record in HubSpot: the contact upserted by email (batch upsert with idProperty=email,
 * so no search-then-create race) and each inbound/outbound email logged as an Email engagement
 * associated with the contact. 429s are retried after Retry-After (or a backoff); the SDK's own
 * retry is off so waits stay under our control.
 */
export class HubspotCrm implements Crm {
  readonly kind = 'hubspot' as const;
  private readonly client: Client;
  private readonly contactIds = new Map<string, string>();
  private readonly maxRetries: number;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly opts: HubspotCrmOptions;

  constructor(opts: HubspotCrmOptions) {
    this.opts = opts;
    this.client = new Client({ accessToken: opts.accessToken, numberOfApiCallRetries: 0, ...(opts.basePath ? { basePath: opts.basePath } : {}) });
    this.maxRetries = opts.maxRetries ?? 4;
    this.sleep = opts.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
  }

  private async withRetry<T>(call: () => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await call();
      } catch (err) {
        const e = err as ApiErrorLike;
        if (e.code !== 429) throw err;
        if (attempt > this.maxRetries) throw new HubspotRateLimitError(attempt);
        const retryAfter = Number(e.headers?.['retry-after'] ?? e.headers?.['Retry-After']);
        // The ten-secondly policy resets within 10 s; the per-second search/secondly limits within 1 s.
        const base = e.body?.policyName === 'TEN_SECONDLY_ROLLING' ? 2000 : 1000;
        await this.sleep(Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter * 1000 : base * attempt);
      }
    }
  }

  /** Upserts the contact by email; returns its HubSpot id. */
  async upsertContact(email: string, properties: Record<string, string>): Promise<string> {
    const key = email.trim().toLowerCase();
    const res = await this.withRetry(() =>
      this.client.crm.contacts.batchApi.upsert({ inputs: [{ idProperty: 'email', id: key, properties: { email: key, ...properties } }] }),
    );
    const id = res.results[0]?.id;
    if (!id) throw new Error('HubSpot upsert returned no contact');
    this.contactIds.set(key, id);
    return id;
  }

  async upsertCustomer(email: string, name: string | null, profile: Customer | null): Promise<void> {
    const props: Record<string, string> = {};
    const first = profile?.firstName ?? (name ? name.split(/\s+/)[0] : null);
    const last = profile?.lastName ?? (name && name.includes(' ') ? name.split(/\s+/).slice(1).join(' ') : null);
    if (first) props.firstname = first;
    if (last) props.lastname = last;
    await this.upsertContact(email, props);
  }

  async logEmail(e: CrmEmail): Promise<void> {
    const key = e.customerEmail.trim().toLowerCase();
    const contactId = this.contactIds.get(key) ?? (await this.upsertContact(key, {}));
    const inbound = e.direction === 'inbound';
    const customer = { email: key };
    const us = { email: this.opts.supportAddress };
    await this.withRetry(() =>
      this.client.crm.objects.emails.basicApi.create({
        properties: {
          hs_timestamp: e.at,
          hs_email_direction: inbound ? 'INCOMING_EMAIL' : 'EMAIL',
          hs_email_status: 'SENT',
          hs_email_subject: e.subject,
          hs_email_text: e.text,
          hs_email_headers: JSON.stringify({ from: inbound ? customer : us, to: [inbound ? us : customer], cc: [], bcc: [] }),
        },
        associations: [{ to: { id: contactId }, types: [{ associationCategory: AssociationSpecAssociationCategoryEnum.HubspotDefined, associationTypeId: AssociationTypes.emailToContact }] }],
      }),
    );
  }
}
