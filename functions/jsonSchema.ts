import { z } from 'zod';

/** A JSON Schema node, as plain data. */
export type JsonSchema = { [key: string]: unknown };

/** The `function` part of an OpenAI chat-completions tool, strict mode on. */
export interface StrictFunctionDefinition {
  name: string;
  description: string;
  parameters: JsonSchema;
  strict: true;
}

// Keywords OpenAI's strict mode (Structured Outputs) rejects or ignores; zod emits some of them.
const DROPPED_KEYWORDS = new Set(['$schema', 'default', 'examples', 'readOnly', 'writeOnly', 'deprecated', 'propertyNames']);

/**
 * Converts a zod object schema into a JSON schema OpenAI accepts with `strict: true`:
 * every object closes (`additionalProperties: false`), every property is listed in
 * `required`, and a property that was optional becomes nullable instead (strict mode has
 * no optional keys; the model sends `null`). `oneOf` becomes `anyOf` (strict mode only
 * knows anyOf) and keywords strict mode rejects (`default`, `$schema`) are dropped.
 */
export function toStrictJsonSchema(schema: z.ZodType): JsonSchema {
  // io 'output': a field with a zod `.default()` counts as present, so it stays required and
  // non-null and the model always fills it. Only `.optional()` fields turn nullable.
  const json = z.toJSONSchema(schema, { io: 'output', unrepresentable: 'throw' }) as JsonSchema;
  const root = strictify(json);
  if (root['type'] !== 'object') throw new Error('an OpenAI function schema must be an object at the root');
  return root;
}

/** The `function` definition for a tools[] entry: name, description, strict parameters. */
export function toStrictFunction(fn: { name: string; description: string; parameters: z.ZodType }): StrictFunctionDefinition {
  return { name: fn.name, description: fn.description, parameters: toStrictJsonSchema(fn.parameters), strict: true };
}

function strictify(node: JsonSchema): JsonSchema {
  const out: JsonSchema = {};
  for (const [key, value] of Object.entries(node)) {
    if (DROPPED_KEYWORDS.has(key)) continue;
    if (key === 'oneOf') out['anyOf'] = (value as JsonSchema[]).map(strictify);
    else if (key === 'anyOf' || key === 'allOf' || key === 'prefixItems') out[key] = (value as JsonSchema[]).map(strictify);
    else if (key === 'items' && isSchema(value)) out[key] = strictify(value);
    else if (key === '$defs' || key === 'definitions') out[key] = mapValues(value as Record<string, JsonSchema>, strictify);
    else if (key === 'properties') continue; // handled below, with `required`
    else out[key] = value;
  }

  if (isSchema(node['properties'])) {
    const props = node['properties'] as Record<string, JsonSchema>;
    const required = new Set((node['required'] as string[] | undefined) ?? []);
    out['properties'] = mapValues(props, (prop, name) => (required.has(name) ? strictify(prop) : nullable(strictify(prop))));
    out['required'] = Object.keys(props);
  }
  if (out['type'] === 'object' || isSchema(node['properties'])) {
    out['additionalProperties'] = false;
    out['properties'] ??= {};
    out['required'] ??= [];
  }
  return out;
}

/** Adds null to a node's accepted values: `type: ["string", "null"]`, or anyOf with `{type: "null"}`. */
function nullable(node: JsonSchema): JsonSchema {
  const type = node['type'];
  // Objects and arrays go through anyOf, the form OpenAI's docs show for nullable structures.
  if (type === 'object' || type === 'array') return wrapNullable(node);
  if (typeof type === 'string') {
    const out: JsonSchema = { ...node, type: type === 'null' ? 'null' : [type, 'null'] };
    // Strict mode checks enum membership on null too.
    if (Array.isArray(node['enum']) && !node['enum'].includes(null)) out['enum'] = [...node['enum'], null];
    return out;
  }
  if (Array.isArray(type)) {
    if (type.includes('null')) return node;
    const out: JsonSchema = { ...node, type: [...type, 'null'] };
    if (Array.isArray(node['enum']) && !node['enum'].includes(null)) out['enum'] = [...node['enum'], null];
    return out;
  }
  if (Array.isArray(node['anyOf'])) {
    const branches = node['anyOf'] as JsonSchema[];
    return branches.some((b) => b['type'] === 'null') ? node : { ...node, anyOf: [...branches, { type: 'null' }] };
  }
  return wrapNullable(node);
}

function wrapNullable(node: JsonSchema): JsonSchema {
  const { description, ...rest } = node;
  return { anyOf: [rest, { type: 'null' }], ...(description === undefined ? {} : { description }) };
}

function isSchema(v: unknown): v is JsonSchema {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function mapValues<T, U>(obj: Record<string, T>, fn: (v: T, key: string) => U): Record<string, U> {
  return Object.fromEntries(Object.entries(obj).map(([k, v]) => [k, fn(v, k)]));
}
