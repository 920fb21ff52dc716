import { bytesToHex, concatBytes, hexToBytes, hmacSha256, verifyHmacSha256 } from './hmac.ts';

// Requests from the edge worker to the core's ingest API carry
//   X-Deskhand-Timestamp: unix seconds
//   X-Deskhand-Nonce:     random, one per request (two identical bodies in the same second stay distinct)
//   X-Deskhand-Signature: hex HMAC-SHA256 of `${timestamp}.${nonce}.` followed by the raw body bytes
// under INGEST_SIGNING_SECRET. The core refuses bad signatures, stale timestamps and replayed nonces.

export const INGEST_TIMESTAMP_HEADER = 'X-Deskhand-Timestamp';
export const INGEST_SIGNATURE_HEADER = 'X-Deskhand-Signature';
export const INGEST_NONCE_HEADER = 'X-Deskhand-Nonce';
/** How far a request's timestamp may be from the core's clock. */
export const INGEST_TOLERANCE_SECONDS = 300;

function signedBytes(timestamp: string, nonce: string, body: Uint8Array): Uint8Array<ArrayBuffer> {
  return concatBytes(new TextEncoder().encode(`${timestamp}.${nonce}.`), body);
}

export async function signIngestRequest(secret: string, timestamp: string, nonce: string, body: Uint8Array): Promise<string> {
  return bytesToHex(await hmacSha256(secret, signedBytes(timestamp, nonce, body)));
}

/** The headers to send with `body`, signed now. */
export async function ingestHeaders(secret: string, body: Uint8Array, now: Date = new Date()): Promise<Record<string, string>> {
  const timestamp = String(Math.floor(now.getTime() / 1000));
  const nonce = crypto.randomUUID();
  return { [INGEST_TIMESTAMP_HEADER]: timestamp, [INGEST_NONCE_HEADER]: nonce, [INGEST_SIGNATURE_HEADER]: await signIngestRequest(secret, timestamp, nonce, body) };
}

export type IngestVerdict = 'ok' | 'missing' | 'bad_signature' | 'stale';

export async function verifyIngestRequest(
  secret: string,
  headers: { timestamp: string | null | undefined; nonce: string | null | undefined; signature: string | null | undefined },
  body: Uint8Array,
  now: Date,
  toleranceSeconds = INGEST_TOLERANCE_SECONDS,
): Promise<IngestVerdict> {
  const { timestamp, nonce, signature } = headers;
  if (!timestamp || !nonce || !signature) return 'missing';
  if (!/^\d{1,12}$/.test(timestamp) || !/^[\w-]{8,100}$/.test(nonce)) return 'bad_signature';
  // The signature covers the timestamp, so check it first: a forged timestamp is a bad signature.
  if (!(await verifyHmacSha256(secret, signedBytes(timestamp, nonce, body), hexToBytes(signature)))) return 'bad_signature';
  if (Math.abs(now.getTime() / 1000 - Number(timestamp)) > toleranceSeconds) return 'stale';
  return 'ok';
}
