import { readFile } from 'node:fs/promises';
import type { PipelineDeps } from '../pipeline/deps.ts';
import { ingestRaw } from '../pipeline/ingest.ts';
import { progressBar } from './progress.ts';

export interface IngestCounts {
  stored: number;
  duplicate: number;
  failed: number;
}

/** Imports .eml files into a mailbox, deduping on Message-ID; a bad file is stored as failed. */
export async function ingestFiles(deps: PipelineDeps, mailboxId: string, files: string[]): Promise<IngestCounts> {
  const counts: IngestCounts = { stored: 0, duplicate: 0, failed: 0 };
  const bar = progressBar('import');
  for (const [i, file] of files.entries()) {
    const raw = await readFile(file);
    const r = await ingestRaw(deps.db, mailboxId, { source: 'file', uid: null, raw }, deps.now());
    if (r.status === 'duplicate') counts.duplicate++;
    else if (r.state === 'failed') counts.failed++;
    else counts.stored++;
    bar.update(i + 1, files.length);
  }
  bar.stop();
  return counts;
}
