// Validates every operation exported from src/shop/queries.ts against a saved introspection of
// Shopify's Admin schema. Usage: npx tsx scripts/validate-graphql.ts [path/to/admin_schema.json(.gz)]
import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { buildClientSchema, NoDeprecatedCustomRule, parse, validate, type GraphQLSchema, type IntrospectionQuery } from 'graphql';
import * as queries from '../src/shop/queries.ts';

export const DEFAULT_SCHEMA_PATH = '/work/shared/shopify/admin_schema_2025-01.json.gz';

/** Reads `{data:{__schema}}` or `{__schema}`, gzipped or not. */
export function loadAdminSchema(path: string): GraphQLSchema {
  const raw = readFileSync(path);
  const text = (path.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8');
  const json = JSON.parse(text) as { data?: IntrospectionQuery } & Partial<IntrospectionQuery>;
  const introspection = json.data ?? (json as IntrospectionQuery);
  // assumeValid: Shopify's real schema breaks a rule graphql-js 17 enforces on schemas (deprecated
  // implementations of non-deprecated interface fields); that is irrelevant to checking our documents.
  return buildClientSchema(introspection, { assumeValid: true });
}

/** The operations exported from src/shop/queries.ts, by export name. */
export function exportedDocuments(): [string, string][] {
  return Object.entries(queries as Record<string, unknown>).filter((entry): entry is [string, string] => typeof entry[1] === 'string');
}

/**
 * Every exported document with graphql-js's validation errors (empty when valid) and the
 * deprecated fields/arguments it uses (allowed, but listed so a version bump can drop them).
 */
export function validateDocuments(schema: GraphQLSchema): { name: string; errors: string[]; deprecated: string[] }[] {
  return exportedDocuments().map(([name, doc]) => {
    const ast = parse(doc);
    return {
      name,
      errors: validate(schema, ast).map((e) => e.message),
      deprecated: validate(schema, ast, [NoDeprecatedCustomRule]).map((e) => e.message),
    };
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const path = process.argv[2] ?? DEFAULT_SCHEMA_PATH;
  if (!existsSync(path)) {
    console.error(`No schema at ${path}. Pass the path of an Admin API introspection JSON (optionally .gz).`);
    process.exit(2);
  }
  const results = validateDocuments(loadAdminSchema(path));
  let bad = 0;
  for (const r of results) {
    if (r.errors.length === 0) console.log(`ok    ${r.name}${r.deprecated.map((d) => `\n        note: ${d}`).join('')}`);
    else {
      bad++;
      console.log(`FAIL  ${r.name}\n${r.errors.map((e) => `        ${e}`).join('\n')}`);
    }
  }
  console.log(`${results.length - bad}/${results.length} documents valid against ${path}`);
  process.exit(bad === 0 ? 0 : 1);
}
