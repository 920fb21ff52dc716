import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';

/**
 * Refuses a request body over `maxBytes` with 413 before it is buffered: at once when
 * Content-Length says so, otherwise (chunked) as soon as the bytes read pass the limit, leaving
 * the rest unread. hono/body-limit, used as its docs say; only the answer is ours.
 */
export function limitBody(maxBytes: number): MiddlewareHandler {
  return bodyLimit({
    maxSize: maxBytes,
    onError: (c: Context) => {
      const message = `request body too large: the limit is ${maxBytes} bytes`;
      return c.req.header('accept')?.includes('text/html') ? c.text(message, 413) : c.json({ error: message }, 413);
    },
  });
}
