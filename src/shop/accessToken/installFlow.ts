// The authorization-code install, for any store: /shopify/install?shop=… redirects the owner to
// Shopify's consent screen; Shopify sends them back to /shopify/callback with a code, which is
// exchanged for the store's offline access token, stored sealed. @shopify/shopify-api does the
// redirect, the signed state cookie, the HMAC check and the code exchange; on top, the state is
// also kept in the database so that it is single-use and expires on our clock.
import { CookieNotFound, InvalidOAuthError } from '@shopify/shopify-api';
import type { SecretStore } from '../../secrets/secretStore.ts';
import type { Db } from '../../store/db.ts';
import { REQUIRED_SCOPES } from '../appScopes.ts';
import { headerValues, sdkRawRequest, sdkRawResponse } from './sdkAdapterBridge.ts';
import type { ShopifyApp } from './shopifyApp.ts';
import { shopTokenName } from './tokenSource.ts';

export const INSTALL_PATH = '/shopify/install';
export const CALLBACK_PATH = '/shopify/callback';
/** How long an install link stays usable (the SDK's state cookie lasts 60 s in the browser as well). */
const STATE_TTL_MS = 10 * 60_000;

/** A refused install step; the message is safe to show (no token, no secret). */
export class InstallError extends Error {
  readonly status: 400 | 403 | 502;
  constructor(message: string, status: 400 | 403 | 502 = 400) {
    super(message);
    this.name = 'InstallError';
    this.status = status;
  }
}

export interface InstallDeps {
  app: ShopifyApp;
  db: Db;
  secrets: SecretStore;
  now: () => Date;
  /** The one store this desk serves (SHOPIFY_SHOP): another shop is refused. */
  shop: string;
}

function checkShop(deps: InstallDeps, given: string | null): string {
  const shop = given ? deps.app.utils.sanitizeShop(given) : null;
  if (!shop) throw new InstallError('Give the store as ?shop=my-store.myshopify.com.');
  if (shop !== deps.shop) throw new InstallError(`This desk serves ${deps.shop}, not ${shop} (SHOPIFY_SHOP).`, 403);
  return shop;
}

/** Step 1: where to send the owner (Shopify's consent screen) and the state cookie to set. */
export async function beginInstall(deps: InstallDeps, request: Request): Promise<{ location: string; setCookies: string[] }> {
  const shop = checkShop(deps, new URL(request.url).searchParams.get('shop'));
  const rawResponse = sdkRawResponse();
  await deps.app.auth.begin({ shop, callbackPath: CALLBACK_PATH, isOnline: false, rawRequest: sdkRawRequest(request), rawResponse });
  const location = headerValues(rawResponse.headers, 'Location')[0];
  const state = location ? new URL(location).searchParams.get('state') : null;
  if (rawResponse.statusCode !== 302 || !location || !state) throw new InstallError('Shopify install could not start (the request looked automated).', 400);
  await deps.db
    .insertInto('shopify_oauth_states')
    .values({ state, shop, expires_at: new Date(deps.now().getTime() + STATE_TTL_MS).toISOString() })
    .execute();
  return { location, setCookies: headerValues(rawResponse.headers, 'Set-Cookie') };
}

/** Step 2: Shopify's redirect back. Checks HMAC and state, exchanges the code, stores the token. */
export async function completeInstall(deps: InstallDeps, request: Request): Promise<{ shop: string; scopes: string[]; missing: string[] }> {
  const query = new URL(request.url).searchParams;
  const shop = checkShop(deps, query.get('shop'));
  const hmacOk = await deps.app.utils.validateHmac(Object.fromEntries(query.entries())).catch(() => false);
  if (!hmacOk) throw new InstallError('The callback is not signed by Shopify (HMAC check failed); start the install again.');

  // Single use: the first callback with this state deletes it; a replay finds nothing.
  const state = query.get('state') ?? '';
  const taken = await deps.db
    .deleteFrom('shopify_oauth_states')
    .where('state', '=', state)
    .where('shop', '=', shop)
    .where('expires_at', '>', deps.now().toISOString())
    .executeTakeFirst();
  if (Number(taken.numDeletedRows) !== 1)
    throw new InstallError(`This install link has expired or was already used; start again at ${INSTALL_PATH}?shop=${shop}.`);

  let session;
  try {
    ({ session } = await deps.app.auth.callback({ rawRequest: sdkRawRequest(request), rawResponse: sdkRawResponse() }));
  } catch (err) {
    if (err instanceof CookieNotFound || err instanceof InvalidOAuthError)
      throw new InstallError(`The install's state does not match this browser (cookie missing or expired); start again at ${INSTALL_PATH}?shop=${shop}.`);
    throw new InstallError(`Shopify did not issue a token for ${shop}; start the install again.`, 502);
  }
  if (!session.accessToken) throw new InstallError(`Shopify did not issue a token for ${shop}.`, 502);
  const scopes = (session.scope ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  await deps.secrets.put(shopTokenName(shop), session.accessToken, {
    expiresAt: null, // an offline token from the install does not expire
    meta: { grant: 'authorization_code', scope: scopes.join(',') },
  });
  const granted = new Set(scopes);
  const missing = REQUIRED_SCOPES.filter((s) => !granted.has(s) && !(s.startsWith('read_') && granted.has(`write_${s.slice(5)}`)));
  return { shop, scopes, missing };
}
