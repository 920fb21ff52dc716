import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { callTool, ToolArgumentsError } from '../../functions/tool.ts';
import type { ToolFunction } from '../../functions/tool.ts';
import { FixtureShop } from '../../src/shop/fixtureShop.ts';

const echo: ToolFunction<{ n: number }> = {
  name: 'echo_n',
  description: 'test tool',
  parameters: z.strictObject({ n: z.number().int() }),
  async handler(_shop, args) {
    return { doubled: args.n * 2 };
  },
};

describe('callTool', () => {
  const shop = new FixtureShop({ orders: [], customers: [], products: [] });

  it('runs the handler with the parsed arguments', async () => {
    expect(await callTool(echo, shop, { n: 21 })).toEqual({ doubled: 42 });
  });

  it('throws ToolArgumentsError naming the tool and the bad field, without running the handler', async () => {
    let ran = false;
    const tool: ToolFunction<{ n: number }> = { ...echo, handler: async () => ((ran = true), null) };
    const err = await callTool(tool, shop, { n: 'one' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ToolArgumentsError);
    expect((err as ToolArgumentsError).message).toMatch(/^echo_n: invalid arguments: n: /);
    expect(ran).toBe(false);
  });
});
