import { isIP } from 'node:net';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';

/** "::ffff:10.0.0.1" (an IPv4 peer on a dual-stack socket) and "10.0.0.1" are the same address. */
const canonical = (ip: string) => ip.trim().toLowerCase().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, '');

/** The TCP peer's address, or 'unknown' (app.request() in tests has no socket). */
export function socketAddress(c: Context): string {
  try {
    const address = getConnInfo(c).remote.address;
    return address ? canonical(address) : 'unknown';
  } catch {
    return 'unknown';
  }
}

/**
 * The client's IP. X-Forwarded-For is only believed when the socket peer is one of the trusted
 * proxies (TRUSTED_PROXIES): then the right-most address that is not itself a trusted proxy is the
 * client (everything left of it was written by the client and can be anything). Without a trusted
 * proxy in front, the header is ignored and the socket address counts.
 */
export function clientIp(c: Context, trustedProxies: readonly string[]): string {
  const peer = socketAddress(c);
  const trusted = new Set(trustedProxies.map(canonical));
  if (!trusted.has(peer)) return peer;
  const hops = (c.req.header('x-forwarded-for') ?? '').split(',').map(canonical).filter(Boolean);
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = hops[i]!;
    if (trusted.has(hop)) continue;
    return isIP(hop) ? hop : peer;
  }
  return peer;
}
