/** A delivery refused before it changed anything; the route answers with `status` and the reason. */
export class WebhookRefused extends Error {
  readonly status: 400 | 401 | 403;

  constructor(status: 400 | 401 | 403, reason: string) {
    super(reason);
    this.name = 'WebhookRefused';
    this.status = status;
  }
}
