import { existsSync, readFileSync } from 'node:fs';
import { execute, parse, validate, type GraphQLSchema } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import * as queries from '../../src/shop/queries.ts';
import { DEFAULT_SCHEMA_PATH, exportedDocuments, loadAdminSchema, validateDocuments } from '../../scripts/validate-graphql.ts';

// The real introspection of Shopify's Admin API 2025-01; the tests skip where it is not present.
const SCHEMA_PATH = process.env.SHOPIFY_ADMIN_SCHEMA ?? DEFAULT_SCHEMA_PATH;

describe.skipIf(!existsSync(SCHEMA_PATH))('Admin GraphQL documents against the 2025-01 schema', () => {
  let schema: GraphQLSchema;
  beforeAll(() => {
    schema = loadAdminSchema(SCHEMA_PATH);
  });

  it('covers every operation exported from queries.ts', () => {
    const names = exportedDocuments().map(([n]) => n);
    expect(names.length).toBeGreaterThanOrEqual(9);
    expect(names).toEqual(expect.arrayContaining(['ORDER_BY_NAME', 'RECENT_ORDERS_BY_EMAIL', 'CUSTOMER_BY_EMAIL', 'SEARCH_PRODUCTS', 'ORDER_CANCEL', 'REFUND_CREATE', 'ORDER_UPDATE_SHIPPING_ADDRESS', 'SHOP_DOCTOR']));
  });

  it.each(exportedDocuments())('%s validates', (name) => {
    const result = validateDocuments(schema).find((r) => r.name === name);
    expect(result?.errors).toEqual([]);
  });

  it('the validator rejects a field the schema does not have (control)', () => {
    const errors = validate(schema, parse('query X { orders(first: 1) { nodes { name trackingNumber } } }'));
    expect(errors.map((e) => e.message)).toEqual([expect.stringMatching(/Cannot query field "trackingNumber" on type "Order"/)]);
  });

  // Executing each document over its recorded reply checks the fixtures have the schema's shape:
  // every non-null field present, every enum value one the schema knows.
  const replies: [string, string, Record<string, unknown>][] = [
    ['order-by-name.json', queries.ORDER_BY_NAME, { query: 'name:"#1001"' }],
    ['recent-orders.json', queries.RECENT_ORDERS_BY_EMAIL, { query: 'email:"a@b.c"', first: 3 }],
    ['customer.json', queries.CUSTOMER_BY_EMAIL, { email: 'a@b.c' }],
    ['products.json', queries.SEARCH_PRODUCTS, { query: '"x"', first: 3 }],
    ['shop-doctor.json', queries.SHOP_DOCTOR, {}],
    ['order-cancel-user-errors.json', queries.ORDER_CANCEL, { orderId: 'gid://shopify/Order/1', reason: 'CUSTOMER', refund: true, restock: true }],
    ['suggested-refund.json', queries.SUGGESTED_REFUND, { id: 'gid://shopify/Order/1' }],
    ['refund-create-ok.json', queries.REFUND_CREATE, { input: { orderId: 'gid://shopify/Order/1' } }],
    ['order-update-ok.json', queries.ORDER_UPDATE_SHIPPING_ADDRESS, { input: { id: 'gid://shopify/Order/1' } }],
  ];
  it.each(replies)('fixture %s has the shape the schema gives its document', async (file, document, variables) => {
    const reply = JSON.parse(readFileSync(new URL(`../fixtures-shopify/${file}`, import.meta.url), 'utf8')) as { data: Record<string, unknown> };
    const result = await execute({ schema, document: parse(document), rootValue: reply.data, variableValues: variables });
    expect(result.errors ?? []).toEqual([]);
    expect(result.data).toEqual(reply.data);
  });
});
