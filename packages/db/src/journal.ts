import { mkdirSync } from 'node:fs';
import { open, readFile, rename, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * A JSON-lines journal of whole-record operations: replayed at open, compacted to a snapshot,
 * then appended to. Appends made while a flush is running are written together and flushed with
 * one `datasync` (group commit); each `append` resolves once its line is on disk. Replaying an
 * operation twice must be harmless (each one states a record's whole new value).
 */
export interface Journal<T> {
  append(operation: T): Promise<void>;
  /** Rewrites the file as `snapshot()`, in line with appends; returns once it is on disk. */
  compact(): Promise<void>;
  /** Lines appended since the last compaction. */
  readonly appended: number;
  close(): Promise<void>;
}

export async function openJournal<T>(path: string, apply: (operation: T) => void, snapshot: () => T[]): Promise<Journal<T>> {
  mkdirSync(dirname(path), { recursive: true });
  const text = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return '';
    throw error;
  });
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    if (!line) return;
    try {
      apply(JSON.parse(line) as T);
    } catch (error) {
      // A torn last line (crash mid-write) is dropped; anything earlier is corruption.
      if (i < lines.length - 2) throw new Error(`${path} line ${i + 1} is corrupt`, { cause: error });
    }
  });

  let handle: FileHandle = await rewrite();
  let appended = 0;
  let pending: { line: string; resolve: () => void; reject: (error: unknown) => void }[] = [];
  let compactWaiters: { resolve: () => void; reject: (error: unknown) => void }[] = [];
  let flushing: Promise<void> | undefined;

  async function rewrite(): Promise<FileHandle> {
    const tmp = `${path}.compact`;
    const out = await open(tmp, 'w');
    try {
      await out.write(
        snapshot()
          .map((o) => `${JSON.stringify(o)}\n`)
          .join(''),
      );
      await out.datasync();
    } finally {
      await out.close();
    }
    await rename(tmp, path);
    return open(path, 'a');
  }

  async function flush(): Promise<void> {
    while (pending.length > 0 || compactWaiters.length > 0) {
      const batch = pending;
      pending = [];
      if (batch.length > 0) {
        try {
          await handle.write(batch.map((b) => b.line).join(''));
          await handle.datasync();
          appended += batch.length;
          for (const b of batch) b.resolve();
        } catch (error) {
          for (const b of batch) b.reject(error);
        }
      }
      const waiters = compactWaiters;
      compactWaiters = [];
      if (waiters.length > 0) {
        try {
          // The snapshot already holds every operation applied in memory, pending ones included.
          await handle.close();
          handle = await rewrite();
          appended = 0;
          for (const w of waiters) w.resolve();
        } catch (error) {
          for (const w of waiters) w.reject(error);
        }
      }
    }
    flushing = undefined;
  }

  const kick = () => {
    flushing ??= flush();
  };

  return {
    append(operation) {
      return new Promise<void>((resolve, reject) => {
        pending.push({ line: `${JSON.stringify(operation)}\n`, resolve, reject });
        kick();
      });
    },
    compact() {
      return new Promise<void>((resolve, reject) => {
        compactWaiters.push({ resolve, reject });
        kick();
      });
    },
    get appended() {
      return appended;
    },
    async close() {
      await flushing;
      await handle.close();
    },
  };
}
