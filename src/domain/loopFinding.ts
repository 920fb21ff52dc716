import type { Intent } from './intents.ts';

/** The rule that made the loop guard stop a message: stable names, stored on the message and shown on the desk. */
export const LOOP_GUARD_CODES = [
  'own_address',
  'unreadable_sender',
  'null_return_path',
  'delivery_report',
  'read_receipt',
  'bounce_sender',
  'bounce_message',
  'complaint_report',
  'auto_submitted',
  'autoreply_header',
  'precedence',
  'list_mail',
  'list_robot',
  'no_reply_sender',
  'bulk_sender',
  'challenge_response',
  'vacation_reply',
  'reply_cap',
] as const;
export type LoopGuardCode = (typeof LOOP_GUARD_CODES)[number];

export type RobotIntent = Extract<Intent, 'auto_reply' | 'bounce' | 'spam_or_marketing'>;

/**
 * What one rule found. `sure`: the message is a machine's, never answered. `suspect`: the evidence
 * could also come from a person (a customer pasting a bounce, say): a person decides, nothing is
 * sent on its own and nothing is dropped.
 */
export interface LoopFinding {
  certainty: 'sure' | 'suspect';
  intent: RobotIntent | null;
  code: LoopGuardCode;
  reason: string;
}

export const sure = (intent: RobotIntent | null, code: LoopGuardCode, reason: string): LoopFinding => ({ certainty: 'sure', intent, code, reason });
export const suspect = (intent: RobotIntent | null, code: LoopGuardCode, reason: string): LoopFinding => ({ certainty: 'suspect', intent, code, reason });

/**
 * The text a rule reads for what the sender wrote: the new text, or the whole body when the split
 * left next to nothing new (a report whose own words the quote splitter took for a quoted header).
 */
export function ownWords(email: { newText: string; text: string }): string {
  const letters = email.newText.match(/\p{L}/gu)?.length ?? 0;
  return letters >= 20 ? email.newText : email.text;
}
