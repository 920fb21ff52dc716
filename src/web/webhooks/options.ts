/** Options shared by the webhook and ingest routes. */
export interface IngressOptions {
  /** Called with the id of each newly stored message (e.g. to wake the runner). Duplicates are not reported. */
  onIngested?: (messageId: string) => void | Promise<void>;
}
