import type { Generated, Insertable, Selectable, Updateable } from 'kysely';

// Table types for Kysely. Timestamps are ISO-8601 strings (UTC) in both SQLite and
// PostgreSQL; JSON columns are text holding JSON; booleans are 0/1 integers.

export const MESSAGE_STATES = [
  'received',
  'triaged',
  'resolved',
  'drafted',
  'awaiting_review',
  'approved',
  'sent',
  'logged',
  'ignored',
  'escalated',
  'failed',
  /** A crash between "sending" and "sent": a person must check whether the reply went out. */
  'needs_attention',
] as const;
export type MessageState = (typeof MESSAGE_STATES)[number];
/** States the pipeline never moves on by itself. */
export const FINAL_STATES: ReadonlySet<MessageState> = new Set(['logged', 'ignored', 'escalated', 'failed', 'needs_attention', 'awaiting_review']);

export interface MailboxTable {
  id: string;
  name: string;
  address: string;
  kind: string; // 'files' | 'imap' | 'inbound_parse' | 'edge'
  mode: string; // 'off' | 'draft' | 'auto'
  auto_intents: string; // JSON array of intents
  auto_confidence: number;
  uid_validity: string | null;
  last_uid: number;
  created_at: string;
  updated_at: string;
}

export interface MessageTable {
  id: string;
  mailbox_id: string;
  /** RFC 5322 Message-ID (angle brackets kept); unique per mailbox: the dedupe key. */
  rfc_message_id: string;
  thread_id: string | null;
  state: string;
  /** Why the message is in its state (last error, ignore reason, escalation reason). */
  reason: string | null;
  /** The loop-guard rule (LoopGuardCode) that ignored the message or held it for a person; null otherwise. */
  guard_code: string | null;
  attempts: number;
  source: string;
  source_uid: number | null;
  raw: Buffer | null;
  raw_size: number;
  from_address: string | null;
  from_name: string | null;
  to_address: string | null;
  reply_to: string | null;
  subject: string | null;
  sent_date: string | null;
  in_reply_to: string | null;
  references: string; // JSON array
  headers: string; // JSON object
  text: string | null;
  new_text: string | null;
  quoted_text: string | null;
  html_only: number;
  content_type: string | null;
  signature: string | null;
  hidden_text: string | null;
  attachments: string; // JSON array of {filename, contentType, size}
  intent: string | null;
  action: string | null;
  language: string | null;
  confidence: number | null;
  order_numbers: string; // JSON array
  classification: string | null; // JSON ClassifierResult
  facts: string | null; // JSON ResolvedFacts
  identity_verified: number;
  /** JSON IdentityHeaders (From, Sender, Reply-To, Authentication-Results) kept at ingest. */
  identity_headers: string | null;
  /** SenderCheckState set at triage: 'authenticated' | 'not_confirmed' | 'not_checked'; null before. */
  sender_check: string | null;
  sender_check_reason: string | null;
  tokens_prompt: number;
  tokens_completion: number;
  next_attempt_at: string | null;
  received_at: string;
  triaged_at: string | null;
  resolved_at: string | null;
  drafted_at: string | null;
  reviewed_at: string | null;
  sent_at: string | null;
  logged_at: string | null;
  updated_at: string;
}

export interface ThreadTable {
  id: string;
  mailbox_id: string;
  subject: string;
  customer_email: string;
  /** Message-ID of the first message: the thread's root. */
  root_rfc_message_id: string;
  status: string; // 'open' | 'closed'
  assigned_to: string | null;
  flagged: string | null; // reason the thread needs a person (bounced reply …)
  created_at: string;
  last_message_at: string;
}

export interface CustomerTable {
  id: string;
  email: string;
  name: string | null;
  shopify_id: string | null;
  orders_count: number;
  total_spent: string;
  currency: string | null;
  tags: string; // JSON array
  notes: string | null;
  first_order_at: string | null;
  last_order_at: string | null;
  synced_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface DraftTable {
  id: string;
  message_id: string;
  thread_id: string;
  intent: string;
  language: string;
  subject: string;
  body: string;
  original_body: string;
  proposed_action: string | null; // JSON ProposedAction
  action_status: string | null; // 'proposed' | 'approved' | 'refused' | 'done' | 'failed'
  action_result: string | null; // JSON ActionResult
  action_check: string | null; // JSON ActionCheck: the action cross-checked against the email and the order
  facts_used: string; // JSON array of strings, shown in the desk
  status: string; // 'pending' | 'approved' | 'rejected' | 'sent'
  edited: number;
  approved_by: string | null;
  approved_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface DraftEditTable {
  id: string;
  draft_id: string;
  body: string;
  edited_by: string;
  created_at: string;
}

export interface OutboxTable {
  id: string;
  /** The inbound message this answers. UNIQUE: exactly one reply per inbound message. */
  message_id: string;
  draft_id: string;
  thread_id: string;
  rfc_message_id: string;
  from_address: string;
  to_address: string;
  subject: string;
  body: string;
  in_reply_to: string;
  references: string; // JSON array
  status: string; // 'sending' | 'sent' | 'failed' | 'needs_attention'
  provider: string | null;
  provider_id: string | null;
  error: string | null;
  created_at: string;
  sent_at: string | null;
}

export interface EventTable {
  id: Generated<number>;
  at: string;
  type: string;
  message_id: string | null;
  thread_id: string | null;
  customer_email: string | null;
  /** 'system' or a staff user's id. */
  actor: string;
  data: string; // JSON
}

export interface UserTable {
  id: string;
  email: string;
  name: string;
  role: string; // 'owner' | 'agent'
  /** scrypt$N$r$p$salt$hash (src/auth/passwords.ts). */
  password_hash: string;
  disabled: number;
  created_at: string;
  updated_at: string;
}

export interface SessionTable {
  /** SHA-256 (hex) of the session cookie's token. */
  id: string;
  user_id: string;
  csrf_token: string;
  created_at: string;
  expires_at: string;
  ip: string | null;
}

export interface CustomerNoteTable {
  id: string;
  customer_email: string;
  body: string;
  /** A staff user's id. */
  author: string;
  created_at: string;
}

export interface CustomerTagTable {
  customer_email: string;
  tag: string;
  added_by: string;
  created_at: string;
}

export interface WebhookReceiptTable {
  /** 'sendgrid_event' | 'shopify' | 'ingest' … */
  source: string;
  /** sg_event_id, X-Shopify-Webhook-Id, or the ingest request's signature. */
  receipt_id: string;
  received_at: string;
}

export interface PrivacyExportTable {
  id: string;
  customer_email: string;
  shop_domain: string | null;
  /** Shopify's data_request id. */
  request_id: string | null;
  data: string; // JSON CustomerExport
  created_at: string;
}

export interface Database {
  mailboxes: MailboxTable;
  messages: MessageTable;
  threads: ThreadTable;
  customers: CustomerTable;
  drafts: DraftTable;
  draft_edits: DraftEditTable;
  outbox: OutboxTable;
  events: EventTable;
  users: UserTable;
  sessions: SessionTable;
  customer_notes: CustomerNoteTable;
  customer_tags: CustomerTagTable;
  webhook_receipts: WebhookReceiptTable;
  privacy_exports: PrivacyExportTable;
  reply_suppressions: ReplySuppressionTable;
  stored_secrets: StoredSecretTable;
  leases: LeaseTable;
  shopify_oauth_states: ShopifyOauthStateTable;
}

/** A secret the desk stores itself, sealed with DESKHAND_SECRET_KEY (never plaintext). */
export interface StoredSecretTable {
  /** What it is, e.g. "shopify:my-store.myshopify.com:access_token"; also the AES-GCM AAD. */
  name: string;
  sealed: string;
  expires_at: string | null;
  /** Non-secret JSON about it (grant, scope). */
  meta: string | null;
  updated_at: string;
}

/** A short lock: one holder at a time does the named job (renewing a token). */
export interface LeaseTable {
  name: string;
  holder: string;
  expires_at: string;
}

/** A Shopify install (OAuth) state: single use, expiring. */
export interface ShopifyOauthStateTable {
  state: string;
  shop: string;
  expires_at: string;
}

/** An address no automatic reply goes to: a reply to it hard-bounced or was reported as spam. */
export interface ReplySuppressionTable {
  address: string;
  kind: string; // 'hard_bounce' | 'complaint'
  reason: string | null;
  /** Our message whose reply bounced or was reported. */
  message_id: string | null;
  created_at: string;
}

export type MessageRow = Selectable<MessageTable>;
export type NewMessage = Insertable<MessageTable>;
export type MessageUpdate = Updateable<MessageTable>;
export type DraftRow = Selectable<DraftTable>;
export type ThreadRow = Selectable<ThreadTable>;
export type OutboxRow = Selectable<OutboxTable>;
export type CustomerRow = Selectable<CustomerTable>;
export type MailboxRow = Selectable<MailboxTable>;
export type EventRow = Selectable<EventTable>;
export type UserRow = Selectable<UserTable>;
export type SessionRow = Selectable<SessionTable>;
