/** Where the Admin API client gets its access token: fixed (SHOPIFY_ADMIN_TOKEN) or stored and renewed. */
export interface AccessTokenSource {
  /** The token to use now (fetching or renewing one first when needed). */
  current(): Promise<string>;
  /** The Admin API answered 401 to `rejected`: a fresh token, or an error saying what to do. */
  renew(rejected: string): Promise<string>;
}

/** The key a shop's token is stored under (stored_secrets.name). */
export const shopTokenName = (shop: string) => `shopify:${shop}:access_token`;
