// STUB — being implemented.
import type { ParsedEmail } from '../domain/email.ts';

/** Thrown for input that cannot become a ParsedEmail; `reason` is stored on the message row. */
export class MalformedEmailError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'MalformedEmailError';
  }
}

export interface ParseLimits {
  /** Raw messages larger than this are not parsed (stored as failed with the reason). */
  maxRawBytes: number;
  /** Text kept per message; longer bodies are truncated (the raw MIME is kept). */
  maxTextChars: number;
}
export const DEFAULT_PARSE_LIMITS: ParseLimits = { maxRawBytes: 25 * 1024 * 1024, maxTextChars: 100_000 };

export async function parseEmail(_raw: Buffer, _limits: ParseLimits = DEFAULT_PARSE_LIMITS): Promise<ParsedEmail> {
  throw new MalformedEmailError('parser not implemented yet');
}
