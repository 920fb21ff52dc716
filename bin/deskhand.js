#!/usr/bin/env -S node --max-semi-space-size=8
// Runs the TypeScript CLI with no build step. Node strips the types itself (22.18+, 23.6+);
// tsx's loader (~15–35 MB resident) is registered only for the commands that serve the web desk,
// whose views are JSX, and on a Node without type stripping.
// --max-semi-space-size=8 (in the shebang and the npm scripts; see docs/performance.md): V8's
// young generation otherwise grows to 2 × 64 MB under the pipeline and is never given back.
import module from 'node:module';

// Compiled code cached on disk (os.tmpdir()/node-compile-cache): a start parses no module twice,
// which also keeps the parser's peak memory (eld's language data above all) out of the process.
module.enableCompileCache?.();

const DESK_COMMANDS = new Set(['start', 'run', 'web']);
const command = process.argv.slice(2).find((a) => !a.startsWith('-'));
if (!process.features.typescript || DESK_COMMANDS.has(command ?? '')) {
  const { register } = await import('tsx/esm/api');
  register();
}
await import('../src/cli.ts');
