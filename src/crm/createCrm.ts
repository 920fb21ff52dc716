import type { Config } from '../config.ts';
import type { Customer } from '../domain/shop.ts';
import type { Db } from '../store/db.ts';
import { appendEvent } from '../store/events.ts';
import { BuiltinCrm } from './builtinCrm.ts';
import type { HubspotCrm } from './hubspotCrm.ts';
import type { Crm, CrmEmail } from './port.ts';

/** Writes to the built-in CRM first (the desk reads it), then to HubSpot. */
export class BuiltinAndHubspotCrm implements Crm {
  readonly kind = 'hubspot' as const;
  readonly builtin: BuiltinCrm;
  readonly hubspot: Crm;
  private readonly db: Db;

  constructor(builtin: BuiltinCrm, hubspot: Crm, db: Db) {
    this.builtin = builtin;
    this.hubspot = hubspot;
    this.db = db;
  }
  async upsertCustomer(email: string, name: string | null, profile: Customer | null): Promise<void> {
    await this.builtin.upsertCustomer(email, name, profile);
    await this.hubspot.upsertCustomer(email, name, profile);
  }
  /** HubSpot has no idempotency key for engagements: a marker event keeps a retried record step from logging twice. */
  async logEmail(email: CrmEmail): Promise<void> {
    await this.builtin.logEmail(email);
    const marker = `hubspot_email_${email.direction === 'inbound' ? 'in' : 'out'}`;
    const done = await this.db.selectFrom('events').select('id').where('message_id', '=', email.deskhandMessageId).where('type', '=', marker).executeTakeFirst();
    if (done) return;
    await this.hubspot.logEmail(email);
    await appendEvent(this.db, { type: marker, messageId: email.deskhandMessageId, threadId: email.threadId, customerEmail: email.customerEmail.toLowerCase(), at: email.at, data: {} });
  }
}

/** The CRM the record step writes to: built-in always, plus HubSpot when HUBSPOT_ACCESS_TOKEN is set. */
export function createCrm(db: Db, config: Config, now: () => Date = () => new Date()): Crm {
  const builtin = new BuiltinCrm(db, now);
  if (!config.HUBSPOT_ACCESS_TOKEN) return builtin;
  const opts = { accessToken: config.HUBSPOT_ACCESS_TOKEN, supportAddress: config.SUPPORT_FROM_ADDRESS };
  // The HubSpot SDK (~20 MB resident) is imported only when a token is set; loading starts now.
  const ready: Promise<HubspotCrm> = import('./hubspotCrm.ts').then((m) => new m.HubspotCrm(opts));
  ready.catch(() => {});
  const hubspot: Crm = {
    kind: 'hubspot',
    upsertCustomer: async (email, name, profile) => (await ready).upsertCustomer(email, name, profile),
    logEmail: async (email) => (await ready).logEmail(email),
  };
  return new BuiltinAndHubspotCrm(builtin, hubspot, db);
}
