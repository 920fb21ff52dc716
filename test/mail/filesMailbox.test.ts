import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expandEmlPaths, FilesMailbox } from '../../src/mail/filesMailbox.ts';
import type { RawMessage } from '../../src/mail/port.ts';

let dir: string;
const paths: string[] = [];

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'deskhand-files-'));
  paths.length = 0;
  for (let i = 1; i <= 5; i++) {
    const path = join(dir, `m${i}.eml`);
    await writeFile(path, `Message-ID: <m${i}@test>\r\nSubject: ${i}\r\n\r\nbody ${i}\r\n`);
    paths.push(path);
  }
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const subjects = (batch: RawMessage[]): string[] => batch.map((m) => /Subject: (\d+)/.exec(m.raw.toString())![1]!);

describe('FilesMailbox', () => {
  it('delivers every file once, in order, in batches, with progress', async () => {
    const box = new FilesMailbox(paths, { batchSize: 2 });
    const batches: string[][] = [];
    const progress: Array<[number, number]> = [];
    await box.poll(
      async (batch) => {
        expect(batch.every((m) => m.source === 'file' && m.uid === null)).toBe(true);
        batches.push(subjects(batch));
      },
      (done, total) => progress.push([done, total]),
    );
    expect(batches).toEqual([['1', '2'], ['3', '4'], ['5']]);
    expect(progress).toEqual([[0, 5], [2, 5], [4, 5], [5, 5]]);

    const again: RawMessage[] = [];
    await box.poll(async (batch) => void again.push(...batch));
    expect(again).toEqual([]);
  });

  it('offers a batch again when the handler failed', async () => {
    const box = new FilesMailbox(paths, { batchSize: 2 });
    const seen: string[] = [];
    let calls = 0;
    await expect(
      box.poll(async (batch) => {
        if (++calls === 2) throw new Error('boom');
        seen.push(...subjects(batch));
      }),
    ).rejects.toThrow('boom');
    await box.poll(async (batch) => void seen.push(...subjects(batch)));
    expect(seen).toEqual(['1', '2', '3', '4', '5']);
  });

  it('expands directories to their .eml files by name and keeps plain files as given', async () => {
    await writeFile(join(dir, 'notes.txt'), 'not mail');
    await mkdir(join(dir, 'sub'));
    const extra = join(dir, 'sub', 'x.eml');
    await writeFile(extra, 'Subject: 9\r\n\r\nx');
    expect(await expandEmlPaths([dir, extra])).toEqual([...paths, extra]);
    const box = await FilesMailbox.fromPaths([extra]);
    const seen: string[] = [];
    await box.poll(async (batch) => void seen.push(...subjects(batch)));
    expect(seen).toEqual(['9']);
  });
});
