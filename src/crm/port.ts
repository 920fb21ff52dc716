import type { Customer } from '../domain/shop.ts';

export interface CrmEmail {
  deskhandMessageId: string;
  threadId: string;
  direction: 'inbound' | 'outbound';
  customerEmail: string;
  subject: string;
  text: string;
  at: string;
}

/** The built-in CRM (src/crm/builtinCrm.ts, in the app's database) or HubSpot (src/crm/hubspotCrm.ts). */
export interface Crm {
  readonly kind: 'builtin' | 'hubspot';
  upsertCustomer(email: string, name: string | null, profile: Customer | null): Promise<void>;
  logEmail(email: CrmEmail): Promise<void>;
}
