// The @shopify/shopify-api instance for a Dev Dashboard app (client id + secret): used for the
// client-credentials grant, the install (authorization-code) flow and the Admin API client.
import '@shopify/shopify-api/adapters/node';
import { type ApiVersion, LogSeverity, shopifyApi } from '@shopify/shopify-api';
import { SHOPIFY_APP_SCOPES } from '../appScopes.ts';

export interface ShopifyAppOptions {
  clientId: string;
  clientSecret: string;
  apiVersion: ApiVersion;
  /** The desk's public URL (PUBLIC_URL); the install flow's redirect_uri is built from it. */
  publicUrl?: string;
  log?: (level: 'error' | 'warn', message: string) => void;
}

export type ShopifyApp = ReturnType<typeof createShopifyApp>;

export function createShopifyApp(opts: ShopifyAppOptions) {
  const url = new URL(opts.publicUrl ?? 'http://localhost');
  return shopifyApi({
    apiKey: opts.clientId,
    apiSecretKey: opts.clientSecret,
    scopes: [...SHOPIFY_APP_SCOPES],
    apiVersion: opts.apiVersion,
    hostName: url.host,
    hostScheme: url.protocol === 'http:' ? 'http' : 'https',
    isEmbeddedApp: false,
    isCustomStoreApp: false,
    userAgentPrefix: 'deskhand',
    logger: {
      level: LogSeverity.Warning,
      httpRequests: false, // request logs carry headers and bodies (client secret); keep them off
      log: (severity, message) => opts.log?.(severity === LogSeverity.Error ? 'error' : 'warn', message),
    },
    _logDisabledFutureFlags: false,
  });
}
