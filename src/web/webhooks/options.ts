/** Options shared by the webhook and ingest routes. */
export interface IngressOptions {
  /** Called with the id of each newly stored message (e.g. to wake the runner). Duplicates are not reported. */
  onIngested?: (messageId: string) => void | Promise<void>;
  /**
   * The real time a delivery arrives; default the system clock. A webhook's timestamp comes from
   * the sender's clock in the outside world, so it is compared with this, never with the desk's
   * business clock (`deps.now`, pinned in demos and tests).
   */
  clock?: () => Date;
}

export const systemClock = (): Date => new Date();
