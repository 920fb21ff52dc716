import type { ActionResult, Customer, Order, Product, ProposedAction } from '../domain/shop.ts';

/**
 * The store, as the pipeline sees it. Implemented by the demo fixtures (src/shop/fixtureShop.ts)
 * and by Shopify's Admin GraphQL API (src/shop/shopifyShop.ts).
 */
export interface Shop {
  readonly kind: 'fixtures' | 'shopify';
  /** One order by the name customers see ("#1001"); null when there is none. */
  orderByName(name: string): Promise<Order | null>;
  /** The newest orders placed with this email (checkout email or customer email), newest first. */
  recentOrdersByEmail(email: string, limit?: number): Promise<Order[]>;
  customerByEmail(email: string): Promise<Customer | null>;
  searchProducts(query: string, limit?: number): Promise<Product[]>;
  /** A write action. Only ever called after a person approved it in the desk. */
  execute(action: ProposedAction): Promise<ActionResult>;
}
