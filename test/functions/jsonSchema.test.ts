import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { ClassifyEmailArgs, classifyEmailFunction } from '../../functions/classifyEmail.ts';
import { type JsonSchema, toStrictFunction, toStrictJsonSchema } from '../../functions/jsonSchema.ts';

/** Every object node in a schema, depth first. */
function objectNodes(node: unknown, out: JsonSchema[] = []): JsonSchema[] {
  if (Array.isArray(node)) node.forEach((n) => objectNodes(n, out));
  else if (node && typeof node === 'object') {
    const n = node as JsonSchema;
    if (n['type'] === 'object') out.push(n);
    Object.values(n).forEach((v) => objectNodes(v, out));
  }
  return out;
}

describe('toStrictJsonSchema', () => {
  it('closes every object, requires every property and turns optional ones nullable', () => {
    const schema = toStrictJsonSchema(
      z.object({
        name: z.string(),
        note: z.string().optional(),
        kind: z.enum(['a', 'b']).optional(),
        tags: z.array(z.string()).default([]),
        nested: z.object({ when: z.number().optional() }).optional(),
      }),
    );
    expect(schema.required).toEqual(['name', 'note', 'kind', 'tags', 'nested']);
    const props = schema.properties as Record<string, JsonSchema>;
    expect(props['note']).toEqual({ type: ['string', 'null'] });
    expect(props['kind']).toEqual({ type: ['string', 'null'], enum: ['a', 'b', null] });
    expect(props['tags']).toEqual({ type: 'array', items: { type: 'string' } });
    const nested = props['nested']!.anyOf as JsonSchema[];
    expect(nested[1]).toEqual({ type: 'null' });
    expect(nested[0]).toMatchObject({ type: 'object', required: ['when'], additionalProperties: false });
    expect((nested[0]!.properties as Record<string, JsonSchema>)['when']).toEqual({ type: ['number', 'null'] });
    expect(schema).not.toHaveProperty('$schema');
    for (const obj of objectNodes(schema)) expect(obj.additionalProperties).toBe(false);
  });

  it('makes an optional union nullable, turns oneOf into anyOf and closes the objects inside', () => {
    const schema = toStrictJsonSchema(
      z.object({
        prim: z.union([z.string(), z.number()]).optional(),
        obj: z.discriminatedUnion('t', [z.object({ t: z.literal('a'), a: z.string() }), z.object({ t: z.literal('b'), b: z.number().optional() })]).optional(),
      }),
    );
    const props = schema.properties as Record<string, JsonSchema>;
    expect(props['prim']).toEqual({ type: ['string', 'number', 'null'] });
    const branches = props['obj']!.anyOf as JsonSchema[];
    expect(branches.at(-1)).toEqual({ type: 'null' });
    expect(branches.slice(0, -1).map((b) => b.required)).toEqual([['t', 'a'], ['t', 'b']]);
    expect(((branches[1]!.properties as Record<string, JsonSchema>)['b'])).toEqual({ type: ['number', 'null'] });
    expect(JSON.stringify(schema)).not.toContain('oneOf');
    for (const obj of objectNodes(schema)) expect(obj.additionalProperties).toBe(false);
  });

  it('rejects a schema that is not an object at the root', () => {
    expect(() => toStrictJsonSchema(z.string())).toThrow(/object at the root/);
  });
});

describe('classify_email', () => {
  it('is a strict function whose schema accepts what the zod schema accepts', () => {
    const fn = toStrictFunction(classifyEmailFunction);
    expect(fn).toMatchObject({ name: 'classify_email', strict: true });
    const params = fn.parameters;
    expect(params.required).toEqual(Object.keys(ClassifyEmailArgs.shape));
    const props = params.properties as Record<string, JsonSchema>;
    expect(props['intent']!.enum).toEqual(ClassifyEmailArgs.shape.intent.options);
    expect(props['escalation']!.anyOf).toContainEqual({ type: 'null' });
    expect(props['entities']).toMatchObject({ additionalProperties: false, required: ['trackingNumbers', 'productQuery', 'newAddress', 'discountCode'] });
    expect(props['language']!.pattern).toBe('^([a-z]{2}|und)$');
    expect(JSON.stringify(params)).not.toContain('"default"');
  });
});
