// Peak RSS of the desk server while clients POST 400 MB bodies at it (issue 13, item 5): run with
//   npx tsx bench/hostileBodies.ts
// The server (the same createDeskServer as `deskhand web`) runs here on an ephemeral port; each
// client is a child process streaming zeros, chunked or with a Content-Length, to one route.
import { spawn } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createDeskServer } from '../src/web/deskServer.ts';
import { testApp } from '../test/helpers/pipeline.ts';

const TOTAL = 400 * 1024 * 1024;
const deps = await testApp({ env: { SHOPIFY_API_SECRET: 'shpss_bench', SENDGRID_WEBHOOK_PUBLIC_KEY: 'MFkw', SENDGRID_INBOUND_PARSE_TOKEN: 'bench-token', INGEST_SIGNING_SECRET: 'bench-secret' } });
const app = createDeskServer(deps);
const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
await new Promise((r) => server.once('listening', r));
const { port } = server.address() as AddressInfo;

let peak = process.memoryUsage().rss;
const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);

// The client: streams TOTAL bytes and prints the status it got (or the error when the server hung up).
const client = `
const http = require('node:http');
const [port, path, mode, total] = process.argv.slice(1);
const headers = { 'content-type': path.includes('inbound') ? 'multipart/form-data; boundary=x' : 'application/json', origin: 'http://127.0.0.1:' + port };
if (mode === 'length') headers['content-length'] = total;
const req = http.request({ host: '127.0.0.1', port: Number(port), path, method: 'POST', headers }, (res) => { console.log(res.statusCode); res.resume(); process.exit(0); });
req.on('error', (e) => { console.log('error ' + e.code); process.exit(0); });
const chunk = Buffer.alloc(64 * 1024);
let sent = 0;
(function pump() {
  while (sent < Number(total)) { sent += chunk.length; if (!req.write(chunk)) return req.once('drain', pump); }
  req.end();
})();
`;

function post(path: string, mode: 'chunked' | 'length'): Promise<string> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['-e', client, String(port), path, mode, String(TOTAL)], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.on('exit', () => resolve(out.trim()));
  });
}

const start = process.memoryUsage().rss;
const rows: string[] = [];
for (const path of ['/login', '/webhooks/shopify', '/webhooks/sendgrid/events', '/webhooks/sendgrid/inbound/bench-token', '/api/ingest/email']) {
  for (const mode of ['chunked', 'length'] as const) rows.push(`${path} (${mode}): ${await post(path, mode)}`);
}
clearInterval(sampler);
console.log(rows.join('\n'));
console.log(`server RSS: ${(start / 1048576).toFixed(0)} MB before, ${(peak / 1048576).toFixed(0)} MB peak while receiving 10 × 400 MB`);
server.close();
await deps.db.destroy();
