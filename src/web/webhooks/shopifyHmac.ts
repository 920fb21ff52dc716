import { base64ToBytes, verifyHmacSha256 } from './hmac.ts';

/**
 * Shopify signs every webhook: X-Shopify-Hmac-Sha256 is the base64 HMAC-SHA256 of the raw request
 * body under the app's API secret. Verify before parsing the body.
 */
export async function verifyShopifyWebhook(apiSecret: string, rawBody: Uint8Array<ArrayBuffer>, hmacHeader: string | null | undefined): Promise<boolean> {
  if (!hmacHeader) return false;
  return verifyHmacSha256(apiSecret, rawBody, base64ToBytes(hmacHeader));
}
