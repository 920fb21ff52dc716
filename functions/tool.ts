import type { z } from 'zod';
import type { Shop } from '../src/shop/port.ts';

/**
 * One OpenAI function the resolve step can call: a snake_case name, a description for the
 * model, a zod schema for its arguments (converted to JSON Schema for the API), and a handler
 * that answers from the Shop port only.
 */
export interface ToolFunction<A> {
  name: string;
  description: string;
  parameters: z.ZodType<A>;
  handler(shop: Shop, args: A): Promise<unknown>;
}

/** Arguments that failed the tool's schema; the message lists every issue. */
export class ToolArgumentsError extends Error {
  readonly tool: string;
  readonly issues: z.core.$ZodIssue[];

  constructor(tool: string, issues: z.core.$ZodIssue[]) {
    super(`${tool}: invalid arguments: ${issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ')}`);
    this.tool = tool;
    this.issues = issues;
    this.name = 'ToolArgumentsError';
  }
}

/**
 * Validates raw arguments (a model's JSON, untrusted data) against the tool's schema and runs
 * the handler. Throws ToolArgumentsError when they do not fit.
 */
export async function callTool<A>(tool: ToolFunction<A>, shop: Shop, rawArgs: unknown): Promise<unknown> {
  const parsed = tool.parameters.safeParse(rawArgs);
  if (!parsed.success) throw new ToolArgumentsError(tool.name, parsed.error.issues);
  return tool.handler(shop, parsed.data);
}
