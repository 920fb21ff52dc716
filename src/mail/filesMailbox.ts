import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Mailbox, RawMessage } from './port.ts';

// A mailbox over .eml files, for the demo and `deskhand triage <files…>`. The first poll delivers
// every file in order, in batches, reading only one batch into memory at a time; later polls
// deliver nothing (the files are a fixed set).

export interface FilesMailboxOptions {
  /** Files per batch. Default 50. */
  batchSize?: number;
}

export class FilesMailbox implements Mailbox {
  readonly kind = 'files' as const;
  private next = 0;
  private readonly batchSize: number;
  private readonly paths: readonly string[];

  constructor(paths: readonly string[], options: FilesMailboxOptions = {}) {
    this.paths = paths;
    this.batchSize = Math.max(1, options.batchSize ?? 50);
  }

  /** Expands directories to the .eml files directly inside them (sorted by name); files are kept as given. */
  static async fromPaths(paths: readonly string[], options?: FilesMailboxOptions): Promise<FilesMailbox> {
    return new FilesMailbox(await expandEmlPaths(paths), options);
  }

  async poll(onBatch: (batch: RawMessage[]) => Promise<void>, onProgress?: (done: number, total: number) => void): Promise<void> {
    const total = this.paths.length;
    if (this.next < total) onProgress?.(this.next, total);
    while (this.next < total) {
      const slice = this.paths.slice(this.next, this.next + this.batchSize);
      const batch: RawMessage[] = [];
      for (const path of slice) batch.push({ source: 'file', uid: null, raw: await readFile(path) });
      await onBatch(batch);
      // Advance only after the handler succeeded, so a failed batch is offered again.
      this.next += slice.length;
      onProgress?.(this.next, total);
    }
  }

  async close(): Promise<void> {}
}

export async function expandEmlPaths(paths: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const path of paths) {
    if ((await stat(path)).isDirectory()) {
      const names = (await readdir(path)).filter((n) => n.toLowerCase().endsWith('.eml')).sort();
      out.push(...names.map((n) => join(path, n)));
    } else out.push(path);
  }
  return out;
}
