// Which Admin API token the desk uses, from the config: the fixed SHOPIFY_ADMIN_TOKEN when set
// (custom apps made in the Shopify admin), otherwise the Dev Dashboard app's stored, renewed token.
import type { Config } from '../../config.ts';
import { parseSecretKey } from '../../secrets/secretBox.ts';
import { SecretStore } from '../../secrets/secretStore.ts';
import type { Db } from '../../store/db.ts';
import { createShopifyGraphql, currentStableApiVersion, type ShopifyClientOptions, type ShopifyGraphql } from '../shopifyClient.ts';
import { createShopifyApp } from './shopifyApp.ts';
import { StoredTokenSource } from './storedTokenSource.ts';

export type ShopifyConfig = Pick<Config, 'SHOPIFY_SHOP' | 'SHOPIFY_ADMIN_TOKEN' | 'SHOPIFY_API_SECRET' | 'SHOPIFY_CLIENT_ID' | 'DESKHAND_SECRET_KEY' | 'PUBLIC_URL'>;

export interface StoreContext {
  db?: Db;
  now?: () => Date;
}

export const secretKeyOf = (config: Pick<Config, 'DESKHAND_SECRET_KEY'>) => (config.DESKHAND_SECRET_KEY ? parseSecretKey(config.DESKHAND_SECRET_KEY) : null);

export function shopifyGraphqlFromConfig(
  config: ShopifyConfig,
  ctx: StoreContext = {},
  options: Omit<ShopifyClientOptions, 'shop' | 'accessToken' | 'apiSecretKey' | 'tokenSource' | 'apiKey'> = {},
): ShopifyGraphql {
  if (!config.SHOPIFY_SHOP) throw new Error('SHOPIFY_SHOP is required for the Shopify adapter');
  const hostName = config.PUBLIC_URL ? new URL(config.PUBLIC_URL).host : undefined;
  const base = { shop: config.SHOPIFY_SHOP, apiSecretKey: config.SHOPIFY_API_SECRET, hostName, ...options };
  if (config.SHOPIFY_ADMIN_TOKEN) return createShopifyGraphql({ ...base, accessToken: config.SHOPIFY_ADMIN_TOKEN });

  if (!config.SHOPIFY_CLIENT_ID || !config.SHOPIFY_API_SECRET)
    throw new Error('Set SHOPIFY_ADMIN_TOKEN, or SHOPIFY_CLIENT_ID and SHOPIFY_API_SECRET (a Dev Dashboard app); see docs/setup.md');
  if (!ctx.db) throw new Error('A Dev Dashboard app needs the database (its access token is stored there)');
  const now = ctx.now ?? (() => new Date());
  const apiVersion = options.apiVersion ?? currentStableApiVersion();
  const app = createShopifyApp({ clientId: config.SHOPIFY_CLIENT_ID, clientSecret: config.SHOPIFY_API_SECRET, apiVersion, publicUrl: config.PUBLIC_URL });
  const tokenSource = new StoredTokenSource({
    shop: config.SHOPIFY_SHOP,
    app,
    db: ctx.db,
    secrets: new SecretStore(ctx.db, secretKeyOf(config), now),
    now,
    publicUrl: config.PUBLIC_URL,
    ...(options.sleep ? { sleep: options.sleep } : {}),
  });
  return createShopifyGraphql({ ...base, apiVersion, apiKey: config.SHOPIFY_CLIENT_ID, tokenSource });
}
