// The Admin API token of a Dev Dashboard app, kept sealed in the database:
// - a token from the install flow (authorization code) is used as it is;
// - otherwise one comes from the client-credentials grant (about 24 h, no refresh token) and is
//   renewed shortly before it expires, or once when the Admin API answers 401.
// One worker renews at a time (a lease in the database); the others wait for its token.
import { randomUUID } from 'node:crypto';
import { HttpResponseError } from '@shopify/shopify-api';
import type { SecretStore } from '../../secrets/secretStore.ts';
import type { Db } from '../../store/db.ts';
import { releaseLease, tryAcquireLease } from '../../store/leases.ts';
import { ShopifyApiError, toShopifyApiError } from '../shopifyClient.ts';
import type { ShopifyApp } from './shopifyApp.ts';
import { shopTokenName, type AccessTokenSource } from './tokenSource.ts';

export interface StoredTokenSourceOptions {
  shop: string;
  app: ShopifyApp;
  db: Db;
  secrets: SecretStore;
  now: () => Date;
  /** The desk's public URL, for the "install instead" message. */
  publicUrl?: string;
  /** Renew this long before expiry (default 10 minutes). */
  renewBeforeMs?: number;
  /** How long a renewal may hold the lease (default 30 s). */
  leaseMs?: number;
  /** Injectable for tests; how a worker waits for another's renewal. */
  sleep?: (ms: number) => Promise<void>;
  /** Polls while another worker renews (default 60 × 500 ms). */
  maxWaits?: number;
  waitMs?: number;
}

interface Held {
  token: string;
  expiresAt: Date | null;
  grant: string;
}

export class StoredTokenSource implements AccessTokenSource {
  private held: Held | null = null;
  private inFlight: Promise<string> | null = null;
  private readonly holder = randomUUID();
  private readonly name: string;
  private readonly opts: StoredTokenSourceOptions;

  constructor(opts: StoredTokenSourceOptions) {
    this.opts = opts;
    this.name = shopTokenName(opts.shop);
  }

  async current(): Promise<string> {
    if (this.held && this.fresh(this.held)) return this.held.token;
    const stored = await this.load();
    if (stored && this.fresh(stored)) return stored.token;
    return this.renewOnce(stored?.token ?? null);
  }

  async renew(rejected: string): Promise<string> {
    const stored = await this.load();
    if (stored && stored.token !== rejected && this.fresh(stored)) return stored.token; // another worker renewed it
    if (stored?.grant === 'authorization_code')
      throw new ShopifyApiError(
        `Shopify rejected the access token from the install (401) for ${this.opts.shop}: the app was uninstalled or the token revoked. ${this.installHint()}`,
        { transient: false, status: 401 },
      );
    return this.renewOnce(rejected);
  }

  private fresh(h: Held): boolean {
    if (!h.expiresAt) return true;
    return h.expiresAt.getTime() - this.opts.now().getTime() > (this.opts.renewBeforeMs ?? 10 * 60_000);
  }

  private async load(): Promise<Held | null> {
    const s = await this.opts.secrets.get(this.name);
    this.held = s ? { token: s.value, expiresAt: s.expiresAt, grant: String(s.meta.grant ?? 'client_credentials') } : null;
    return this.held;
  }

  /** One renewal per process at a time; across processes, the lease. */
  private renewOnce(stale: string | null): Promise<string> {
    this.inFlight ??= this.renewUnderLease(stale).finally(() => {
      this.inFlight = null;
    });
    return this.inFlight;
  }

  private async renewUnderLease(stale: string | null): Promise<string> {
    const { db, now } = this.opts;
    const lease = `renew:${this.name}`;
    const maxWaits = this.opts.maxWaits ?? 60;
    const sleep = this.opts.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
    for (let i = 0; i <= maxWaits; i++) {
      if (await tryAcquireLease(db, lease, this.holder, this.opts.leaseMs ?? 30_000, now())) {
        try {
          // Another worker may have renewed between our read and our lease.
          const again = await this.load();
          if (again && again.token !== stale && this.fresh(again)) return again.token;
          return await this.fetchAndStore();
        } finally {
          await releaseLease(db, lease, this.holder);
        }
      }
      await sleep(this.opts.waitMs ?? 500);
      const theirs = await this.load();
      if (theirs && theirs.token !== stale && this.fresh(theirs)) return theirs.token;
    }
    throw new ShopifyApiError(`Timed out waiting for another worker to renew the Shopify token for ${this.opts.shop}.`, { transient: true });
  }

  private async fetchAndStore(): Promise<string> {
    const { app, shop, now, secrets } = this.opts;
    let session;
    try {
      ({ session } = await app.auth.clientCredentials({ shop }));
    } catch (err) {
      throw this.grantError(err);
    }
    if (!session.accessToken) throw new ShopifyApiError(`Shopify's token endpoint answered without an access token for ${shop}.`, { transient: true });
    // The SDK dates `expires` from the wall clock (now + expires_in); keep the span, on our clock.
    const lifetimeMs = session.expires ? Math.round((session.expires.getTime() - Date.now()) / 1000) * 1000 : null;
    const expiresAt = lifetimeMs === null ? null : new Date(now().getTime() + lifetimeMs);
    await secrets.put(this.name, session.accessToken, { expiresAt, meta: { grant: 'client_credentials', scope: session.scope ?? null } });
    this.held = { token: session.accessToken, expiresAt, grant: 'client_credentials' };
    return session.accessToken;
  }

  private installHint(): string {
    const base = this.opts.publicUrl ? this.opts.publicUrl.replace(/\/$/, '') : '<PUBLIC_URL>';
    return `Install the app through the desk instead: open ${base}/shopify/install?shop=${this.opts.shop} (see docs/setup.md, "Install on any store").`;
  }

  /** The token endpoint's OAuth errors ({error, error_description}) as messages an owner can act on. */
  private grantError(err: unknown): ShopifyApiError {
    if (!(err instanceof HttpResponseError)) return toShopifyApiError(err, this.opts.shop);
    const body = (err.response.body ?? {}) as { error?: string; error_description?: string };
    const status = err.response.code;
    if (body.error === 'shop_not_permitted')
      return new ShopifyApiError(
        `Shopify refused the client-credentials grant for ${this.opts.shop} (shop_not_permitted): it only works when the Dev Dashboard app and the store belong to the same organisation. ${this.installHint()}`,
        { transient: false, status, code: 'shop_not_permitted', cause: err },
      );
    if (body.error === 'invalid_client' || status === 401)
      return new ShopifyApiError(
        `Shopify rejected the app's client credentials for ${this.opts.shop}: check SHOPIFY_CLIENT_ID and SHOPIFY_CLIENT_SECRET (Dev Dashboard → your app → Settings).`,
        { transient: false, status, code: body.error, cause: err },
      );
    if (body.error)
      return new ShopifyApiError(`Shopify's token endpoint refused the request for ${this.opts.shop}: ${body.error}${body.error_description ? ` (${body.error_description})` : ''}.`, {
        transient: status >= 500,
        status,
        code: body.error,
        cause: err,
      });
    return toShopifyApiError(err, this.opts.shop);
  }
}
