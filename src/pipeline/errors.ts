/**
 * Error classes that decide retries. Transient: a later attempt may succeed (429, 5xx, timeouts,
 * lost connections). Permanent: retrying cannot help (bad input, 4xx other than 429); the message
 * goes to `failed` with the reason at once.
 */
export class TransientError extends Error {
  readonly transient = true;
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'TransientError';
  }
}

export class PermanentError extends Error {
  readonly transient = false;
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'PermanentError';
  }
}

/** Errors from adapters may carry `transient: boolean` or an HTTP `status`; unknown errors are retried. */
export function isTransient(err: unknown): boolean {
  if (err && typeof err === 'object') {
    const e = err as { transient?: unknown; status?: unknown; code?: unknown };
    if (typeof e.transient === 'boolean') return e.transient;
    if (typeof e.status === 'number') return e.status === 429 || e.status >= 500;
  }
  return true;
}

export function errorMessage(err: unknown): string {
  if (err instanceof Error) return err.message;
  return String(err);
}
