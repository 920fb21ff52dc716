// Builds the Admin GraphQL client from @shopify/shopify-api for one store, with either a fixed
// Admin API access token (custom app made in the Shopify admin) or a renewable one from a token
// source (Dev Dashboard app: src/shop/accessToken/). Wraps `request` with what every call needs:
// cost-based throttle retries, one renewal on a 401 (renewable tokens only), and errors the
// pipeline can classify (`transient`, `status`) without the token in them.
import '@shopify/shopify-api/adapters/node';
import { getHeader, setAbstractFetchFunc } from '@shopify/shopify-api/runtime';
import {
  ApiVersion,
  GraphqlQueryError,
  HttpRequestError,
  HttpResponseError,
  LogSeverity,
  Session,
  shopifyApi,
} from '@shopify/shopify-api';
import type { AccessTokenSource } from './accessToken/tokenSource.ts';

// The node adapter captures `globalThis.fetch` when it is imported. Look it up per call instead, so
// fetch instrumentation installed later (msw in tests, tracing) sees the SDK's requests.
setAbstractFetchFunc((...args) => globalThis.fetch(...args));

export type LogLevel = 'error' | 'warn' | 'info' | 'debug';
export type LogFn = (level: LogLevel, message: string) => void;

export interface ShopifyClientOptions {
  /** "my-store.myshopify.com" */
  shop: string;
  /** The custom app's Admin API access token (shpat_…). Never logged. Or a `tokenSource`. */
  accessToken?: string;
  /** A Dev Dashboard app's renewable token (client credentials or install); needs `apiKey` too. */
  tokenSource?: AccessTokenSource;
  /** The Dev Dashboard app's client id (with `tokenSource`). */
  apiKey?: string;
  /** The app's API secret key; only used by the SDK for webhook/OAuth HMACs, not here. */
  apiSecretKey?: string;
  apiVersion?: ApiVersion;
  /** Our app's host name (the SDK requires one; it is not sent to Shopify's Admin API). */
  hostName?: string;
  log?: LogFn;
  /** Injectable for tests; defaults to setTimeout. */
  sleep?: (ms: number) => Promise<void>;
  /** How many times a THROTTLED reply is retried before giving up (transient error). */
  maxThrottleRetries?: number;
  /** Longest single wait for the bucket to refill; a longer one is reported instead of waited. */
  maxThrottleWaitMs?: number;
}

export interface ThrottleStatus {
  maximumAvailable: number;
  currentlyAvailable: number;
  restoreRate: number;
}

export interface QueryCost {
  requestedQueryCost: number;
  actualQueryCost: number | null;
  throttleStatus?: ThrottleStatus;
}

export interface GraphqlResult<T> {
  data: T;
  cost: QueryCost | null;
  /** The version Shopify actually served (X-Shopify-API-Version), which differs from ours when ours is unsupported. */
  servedApiVersion: string | null;
}

/** The narrow surface the shop adapter and the doctor use; one per store. */
export interface ShopifyGraphql {
  readonly shop: string;
  readonly apiVersion: string;
  request<T>(document: string, variables?: Record<string, unknown>): Promise<GraphqlResult<T>>;
}

/** An error from the Admin API. `transient` tells the pipeline whether a later retry may succeed. */
export class ShopifyApiError extends Error {
  readonly transient: boolean;
  readonly status: number | undefined;
  /** Shopify's GraphQL error code when there is one (THROTTLED, ACCESS_DENIED, MAX_COST_EXCEEDED …). */
  readonly code: string | undefined;
  constructor(message: string, opts: { transient: boolean; status?: number; code?: string; cause?: unknown }) {
    super(message, { cause: opts.cause });
    this.name = 'ShopifyApiError';
    this.transient = opts.transient;
    this.status = opts.status;
    this.code = opts.code;
  }
}

/** The newest dated version in the SDK's ApiVersion enum that is already released (not `unstable`). */
export function currentStableApiVersion(now: Date = new Date()): ApiVersion {
  const today = now.toISOString().slice(0, 7); // "2026-11"
  const released = Object.values(ApiVersion)
    .filter((v) => /^\d{4}-\d{2}$/.test(v) && v <= today)
    .sort();
  const latest = released.at(-1);
  if (!latest) throw new Error('No released Admin API version in @shopify/shopify-api');
  return latest as ApiVersion;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

const SEVERITY: Record<LogSeverity, LogLevel> = {
  [LogSeverity.Error]: 'error',
  [LogSeverity.Warning]: 'warn',
  [LogSeverity.Info]: 'info',
  [LogSeverity.Debug]: 'debug',
};

interface GraphqlErrorEntry {
  message?: string;
  extensions?: { code?: string; [k: string]: unknown };
}

export function createShopifyGraphql(opts: ShopifyClientOptions): ShopifyGraphql {
  const apiVersion = opts.apiVersion ?? currentStableApiVersion();
  const source = opts.tokenSource ?? null;
  if (!source && !opts.accessToken) throw new Error('createShopifyGraphql needs an accessToken or a tokenSource');
  if (source && !opts.apiKey) throw new Error('createShopifyGraphql: a tokenSource needs the app\'s client id (apiKey)');
  const tokensSeen = new Set<string>(opts.accessToken ? [opts.accessToken] : []);
  const redact = (s: string) => [...tokensSeen].reduce((out, t) => out.split(t).join('****'), s);
  const log: LogFn = (level, message) => opts.log?.(level, redact(message));
  const sleep = opts.sleep ?? defaultSleep;
  const maxRetries = opts.maxThrottleRetries ?? 3;
  const maxWaitMs = opts.maxThrottleWaitMs ?? 60_000;

  const shopify = shopifyApi({
    // Required by the SDK even though only webhook/OAuth code reads it.
    apiSecretKey: opts.apiSecretKey ?? 'deskhand-unused-api-secret',
    ...(source ? { apiKey: opts.apiKey, isCustomStoreApp: false } : { adminApiAccessToken: opts.accessToken, isCustomStoreApp: true }),
    apiVersion,
    hostName: opts.hostName ?? 'localhost',
    isEmbeddedApp: false,
    userAgentPrefix: 'deskhand',
    logger: {
      level: LogSeverity.Warning,
      httpRequests: false, // request logs carry headers; keep them off
      log: (severity, message) => log(SEVERITY[severity], message),
    },
    _logDisabledFutureFlags: false,
  });
  const shop = shopify.utils.sanitizeShop(opts.shop, true) ?? opts.shop;
  const staticClient = source ? null : new shopify.clients.Graphql({ session: shopify.session.customAppSession(shop) });
  let sourced: { token: string; client: InstanceType<typeof shopify.clients.Graphql> } | null = null;

  /** The SDK client for the current token (a new one only when the token changes). */
  async function clientFor(token: string | null) {
    if (staticClient) return { token: opts.accessToken!, client: staticClient };
    const t = token ?? (await source!.current());
    tokensSeen.add(t);
    if (sourced?.token !== t) {
      const session = new Session({ id: `offline_${shop}`, shop, state: '', isOnline: false, accessToken: t });
      sourced = { token: t, client: new shopify.clients.Graphql({ session }) };
    }
    return sourced;
  }

  /** One request; with a renewable token, a 401 gets exactly one renewal and one retry. */
  async function send<T>(document: string, variables?: Record<string, unknown>) {
    const { token, client } = await clientFor(null);
    try {
      return await client.request<T>(document, variables ? { variables } : {});
    } catch (err) {
      if (!source || !(err instanceof HttpResponseError) || err.response.code !== 401) throw err;
      log('warn', `Shopify answered 401 for ${shop}; renewing the access token once`);
      const fresh = await source.renew(token);
      const retry = await clientFor(fresh);
      try {
        return await retry.client.request<T>(document, variables ? { variables } : {});
      } catch (again) {
        if (again instanceof HttpResponseError && again.response.code === 401)
          throw new ShopifyApiError(
            `Shopify rejected a freshly issued access token (401) for ${shop}: check that the app is still installed on the store (see docs/setup.md).`,
            { transient: false, status: 401, cause: again },
          );
        throw again;
      }
    }
  }

  async function request<T>(document: string, variables?: Record<string, unknown>): Promise<GraphqlResult<T>> {
    for (let attempt = 0; ; attempt++) {
      try {
        const res = await send<T>(document, variables);
        const cost = (res.extensions?.cost as QueryCost | undefined) ?? null;
        return {
          data: res.data as T,
          cost,
          servedApiVersion: (res.headers && getHeader(res.headers, 'X-Shopify-API-Version')) ?? null,
        };
      } catch (err) {
        const throttled = throttleWait(err);
        if (throttled === null) throw toShopifyApiError(err, shop);
        if (attempt >= maxRetries)
          throw new ShopifyApiError(`Shopify kept throttling after ${maxRetries} retries (cost-based rate limit).`, {
            transient: true,
            code: 'THROTTLED',
            cause: err,
          });
        if (throttled > maxWaitMs)
          throw new ShopifyApiError(`Shopify throttled the request and asks for a ${Math.ceil(throttled / 1000)}s wait; giving up for now.`, {
            transient: true,
            code: 'THROTTLED',
            cause: err,
          });
        log('warn', `Shopify THROTTLED; waiting ${throttled} ms before retry ${attempt + 1}/${maxRetries}`);
        await sleep(throttled);
      }
    }
  }

  return { shop, apiVersion, request };
}

function graphqlErrors(err: GraphqlQueryError): GraphqlErrorEntry[] {
  const list = err.body?.errors?.graphQLErrors;
  return Array.isArray(list) ? (list as GraphqlErrorEntry[]) : [];
}

/**
 * For a THROTTLED reply, how long until the bucket holds the requested cost again:
 * (requestedQueryCost − currentlyAvailable) / restoreRate seconds. null when not throttled.
 */
export function throttleWait(err: unknown): number | null {
  if (!(err instanceof GraphqlQueryError)) return null;
  if (!graphqlErrors(err).some((e) => e.extensions?.code === 'THROTTLED')) return null;
  const cost = err.body?.extensions?.cost as QueryCost | undefined;
  const status = cost?.throttleStatus;
  if (!cost || !status || !(status.restoreRate > 0)) return 1000;
  const missing = cost.requestedQueryCost - status.currentlyAvailable;
  return Math.max(1000, Math.ceil((missing / status.restoreRate) * 1000));
}

/** Maps the SDK's errors to ShopifyApiError with a message a store owner can act on. */
export function toShopifyApiError(err: unknown, shop: string): ShopifyApiError {
  if (err instanceof ShopifyApiError) return err;
  if (err instanceof GraphqlQueryError) {
    const errors = graphqlErrors(err);
    const code = errors.find((e) => e.extensions?.code)?.extensions?.code;
    const messages = errors.map((e) => e.message ?? '').filter(Boolean).join('; ');
    if (code === 'ACCESS_DENIED')
      return new ShopifyApiError(`Shopify denied access: ${messages}. Grant the missing scope to the custom app (see docs/shopify.md).`, {
        transient: false,
        code,
        cause: err,
      });
    if (code === 'INTERNAL_SERVER_ERROR')
      return new ShopifyApiError(`Shopify had an internal error: ${messages}`, { transient: true, code, cause: err });
    return new ShopifyApiError(`Shopify rejected the GraphQL request: ${messages || err.message}`, { transient: false, code, cause: err });
  }
  if (err instanceof HttpResponseError) {
    const status = err.response.code;
    if (status === 401)
      return new ShopifyApiError(
        `Shopify rejected the Admin API token (401) for ${shop}. Check SHOPIFY_ADMIN_TOKEN: it must be the custom app's Admin API access token, and the app must still be installed.`,
        { transient: false, status, cause: err },
      );
    if (status === 403)
      return new ShopifyApiError(`Shopify refused the request (403) for ${shop}: the token lacks a scope or the app was uninstalled. See docs/shopify.md.`, {
        transient: false,
        status,
        cause: err,
      });
    if (status === 404)
      return new ShopifyApiError(`No Shopify Admin API at ${shop} (404). Check SHOPIFY_SHOP (the my-store.myshopify.com domain).`, {
        transient: false,
        status,
        cause: err,
      });
    if (status === 402 || status === 423)
      return new ShopifyApiError(`Shopify store ${shop} is unavailable (${status}: frozen or locked).`, { transient: false, status, cause: err });
    if (status === 429) return new ShopifyApiError('Shopify rate limit (429).', { transient: true, status, cause: err });
    if (status >= 500) return new ShopifyApiError(`Shopify server error (${status}); will retry later.`, { transient: true, status, cause: err });
    if (status >= 200 && status < 300)
      // A 2xx whose body is not a GraphQL JSON reply (HTML from a proxy, truncated JSON, no data).
      return new ShopifyApiError(`Shopify returned a malformed reply (${status}, not a GraphQL JSON body).`, {
        transient: true,
        status,
        cause: err,
      });
    return new ShopifyApiError(`Shopify answered ${status} ${err.response.statusText}.`, { transient: false, status, cause: err });
  }
  if (err instanceof HttpRequestError)
    return new ShopifyApiError(`Could not reach Shopify at ${shop} (network error).`, { transient: true, cause: err });
  const message = err instanceof Error ? err.message : String(err);
  return new ShopifyApiError(`Shopify request failed: ${message}`, { transient: true, cause: err });
}
