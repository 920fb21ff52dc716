// STUB — being implemented.
import type { ParsedEmail } from './email.ts';
import type { Intent } from './intents.ts';

export interface LoopGuardContext {
  /** Our own addresses (support address, aliases), lower-cased. Mail from them is never answered. */
  ownAddresses: string[];
  /** Replies we sent to this sender in the last 24 hours. */
  recentRepliesToSender: number;
  /** The per-sender cap: at or above it, no more automatic replies. */
  replyCap: number;
}

export type LoopGuardVerdict =
  | { ignore: false }
  | { ignore: true; intent: Extract<Intent, 'auto_reply' | 'bounce' | 'spam_or_marketing'> | null; reason: string };

export function loopGuard(_email: ParsedEmail, _ctx: LoopGuardContext): LoopGuardVerdict {
  return { ignore: false };
}
