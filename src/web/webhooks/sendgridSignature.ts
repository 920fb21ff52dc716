import { EventWebhook } from '@sendgrid/eventwebhook';

export const SENDGRID_SIGNATURE_HEADER = 'X-Twilio-Email-Event-Webhook-Signature';
export const SENDGRID_TIMESTAMP_HEADER = 'X-Twilio-Email-Event-Webhook-Timestamp';
/** SendGrid retries for up to 72 h, but each retry is signed afresh: an old timestamp is a replay. */
export const SENDGRID_TOLERANCE_SECONDS = 300;

export type SendgridVerdict = 'ok' | 'missing' | 'bad_signature' | 'stale';

/**
 * Verifies SendGrid's signed Event Webhook: ECDSA (P-256, SHA-256) over timestamp + raw body,
 * with the verification key from Mail Settings (base64 DER, as SendGrid shows it).
 */
export function verifySendgridEvents(
  publicKey: string,
  rawBody: string,
  signature: string | null | undefined,
  timestamp: string | null | undefined,
  now: Date,
  toleranceSeconds = SENDGRID_TOLERANCE_SECONDS,
): SendgridVerdict {
  if (!signature || !timestamp) return 'missing';
  const ew = new EventWebhook();
  let valid = false;
  try {
    valid = ew.verifySignature(ew.convertPublicKeyToECDSA(publicKey), rawBody, signature, timestamp);
  } catch {
    valid = false; // malformed signature or key
  }
  if (!valid) return 'bad_signature';
  if (!/^\d{1,12}$/.test(timestamp) || Math.abs(now.getTime() / 1000 - Number(timestamp)) > toleranceSeconds) return 'stale';
  return 'ok';
}
