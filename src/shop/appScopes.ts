// The Admin API scopes of deskhand's Shopify app, in one place: the install flow asks for
// SHOPIFY_APP_SCOPES, the Dev Dashboard version should list the same, and `deskhand doctor`
// checks the granted ones against them.

/** Scopes the resolve step cannot work without. */
export const REQUIRED_SCOPES = ['read_orders', 'read_customers', 'read_products'] as const;

/** Scopes that unlock more, with what is lost without each. */
export const OPTIONAL_SCOPES = {
  write_orders: 'approved actions (cancel, refund, change address) will fail',
  read_inventory: 'stock figures may be missing from product answers',
  read_all_orders: 'only orders from the last 60 days are visible',
} as const;

/**
 * What the install flow requests. read_all_orders is left out: Shopify grants it only after a
 * request in the Dev Dashboard, and asking for it unapproved fails the install.
 */
export const SHOPIFY_APP_SCOPES = [...REQUIRED_SCOPES, 'write_orders', 'read_inventory'] as const;
