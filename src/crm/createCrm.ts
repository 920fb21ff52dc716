import type { Config } from '../config.ts';
import type { Customer } from '../domain/shop.ts';
import type { Db } from '../store/db.ts';
import { BuiltinCrm } from './builtinCrm.ts';
import { HubspotCrm } from './hubspotCrm.ts';
import type { Crm, CrmEmail } from './port.ts';

/** Writes to the built-in CRM first (the desk reads it), then to HubSpot. */
export class BuiltinAndHubspotCrm implements Crm {
  readonly kind = 'hubspot' as const;
  constructor(readonly builtin: BuiltinCrm, readonly hubspot: HubspotCrm) {}
  async upsertCustomer(email: string, name: string | null, profile: Customer | null): Promise<void> {
    await this.builtin.upsertCustomer(email, name, profile);
    await this.hubspot.upsertCustomer(email, name, profile);
  }
  async logEmail(email: CrmEmail): Promise<void> {
    await this.builtin.logEmail(email);
    await this.hubspot.logEmail(email);
  }
}

/** The CRM the record step writes to: built-in always, plus HubSpot when HUBSPOT_ACCESS_TOKEN is set. */
export function createCrm(db: Db, config: Config, now: () => Date = () => new Date()): Crm {
  const builtin = new BuiltinCrm(db, now);
  if (!config.HUBSPOT_ACCESS_TOKEN) return builtin;
  return new BuiltinAndHubspotCrm(builtin, new HubspotCrm({ accessToken: config.HUBSPOT_ACCESS_TOKEN, supportAddress: config.SUPPORT_FROM_ADDRESS }));
}
