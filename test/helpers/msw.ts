import type { AnyHandler } from 'msw';
import { setupServer, type SetupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';

/**
 * One msw server for a test file: listens before the tests, drops per-test handlers
 * (`server.use(...)`) after each, closes at the end. Any request no handler matches fails
 * the test, so nothing reaches the real network unnoticed.
 */
export function useMswServer(...initialHandlers: AnyHandler[]): SetupServer {
  const server = setupServer(...initialHandlers);
  beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
  return server;
}

/** What a handler saw, read once so tests can assert on it after the SDK call returns. */
export interface CapturedRequest {
  method: string;
  url: URL;
  headers: Headers;
  text: string;
  /** The body parsed as JSON (throws if it is not JSON). */
  json<T = unknown>(): T;
}

/** Reads a request handed to an msw resolver (from a clone, so the resolver can still read it). */
export async function captureRequest(request: Request): Promise<CapturedRequest> {
  const text = await request.clone().text();
  return {
    method: request.method,
    url: new URL(request.url),
    headers: new Headers(request.headers),
    text,
    json: <T>() => JSON.parse(text) as T,
  };
}

/**
 * A list that resolvers push captured requests into: `const seen = requestLog()`, then in
 * a resolver `await seen.record(request)`. `seen.all` is in arrival order.
 */
export function requestLog() {
  const all: CapturedRequest[] = [];
  return {
    all,
    async record(request: Request): Promise<CapturedRequest> {
      const c = await captureRequest(request);
      all.push(c);
      return c;
    },
    get last(): CapturedRequest {
      const c = all.at(-1);
      if (!c) throw new Error('no request was recorded');
      return c;
    },
  };
}
