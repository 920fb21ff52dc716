#!/usr/bin/env -S node --max-semi-space-size=8
// Runs the TypeScript CLI with no build step. Node strips the types itself (22.18+, 23.6+);
// tsx's loader (~15–35 MB resident) is registered only for the commands that serve the web desk,
// whose views are JSX, and on a Node without type stripping.
// --max-semi-space-size=8 (in the shebang and the npm scripts; see docs/performance.md): V8's
// young generation otherwise grows to 2 × 64 MB under the pipeline and is never given back.
import { readFileSync } from 'node:fs';
import module from 'node:module';

// Before anything native loads (better-sqlite3 ends in a bare segmentation fault on an older Node):
// the supported versions are package.json's engines field, ">=MAJOR.MINOR".
const engines = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).engines.node;
const [needMajor, needMinor] = engines.replace(/^>=\s*/, '').split('.').map(Number);
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < needMajor || (major === needMajor && minor < needMinor)) {
  console.error(`deskhand needs Node ${needMajor}.${needMinor} or newer (24 recommended, see .nvmrc); this is ${process.version}. Install it with nvm ("nvm install 24") or "npm i -g node@24".`);
  process.exit(1);
}

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
