import { bytesToHex, concatBytes, hexToBytes, hmacSha256, verifyHmacSha256 } from './hmac.ts';

// Requests from the edge worker to the core's ingest API carry
//   X-Deskhand-Timestamp: unix seconds
//   X-Deskhand-Signature: hex HMAC-SHA256 of `${timestamp}.` followed by the raw body bytes
// under INGEST_SIGNING_SECRET. The core refuses bad signatures, stale timestamps and replays.

export const INGEST_TIMESTAMP_HEADER = 'X-Deskhand-Timestamp';
export const INGEST_SIGNATURE_HEADER = 'X-Deskhand-Signature';
/** How far a request's timestamp may be from the core's clock. */
export const INGEST_TOLERANCE_SECONDS = 300;

function signedBytes(timestamp: string, body: Uint8Array): Uint8Array<ArrayBuffer> {
  return concatBytes(new TextEncoder().encode(`${timestamp}.`), body);
}

export async function signIngestRequest(secret: string, timestamp: string, body: Uint8Array): Promise<string> {
  return bytesToHex(await hmacSha256(secret, signedBytes(timestamp, body)));
}

/** The headers to send with `body`, signed now. */
export async function ingestHeaders(secret: string, body: Uint8Array, now: Date = new Date()): Promise<Record<string, string>> {
  const timestamp = String(Math.floor(now.getTime() / 1000));
  return { [INGEST_TIMESTAMP_HEADER]: timestamp, [INGEST_SIGNATURE_HEADER]: await signIngestRequest(secret, timestamp, body) };
}

export type IngestVerdict = 'ok' | 'missing' | 'bad_signature' | 'stale';

export async function verifyIngestRequest(
  secret: string,
  timestamp: string | null | undefined,
  signature: string | null | undefined,
  body: Uint8Array,
  now: Date,
  toleranceSeconds = INGEST_TOLERANCE_SECONDS,
): Promise<IngestVerdict> {
  if (!timestamp || !signature) return 'missing';
  if (!/^\d{1,12}$/.test(timestamp)) return 'bad_signature';
  // The signature covers the timestamp, so check it first: a forged timestamp is a bad signature.
  if (!(await verifyHmacSha256(secret, signedBytes(timestamp, body), hexToBytes(signature)))) return 'bad_signature';
  if (Math.abs(now.getTime() / 1000 - Number(timestamp)) > toleranceSeconds) return 'stale';
  return 'ok';
}
