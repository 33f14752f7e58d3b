import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openJournal } from '@shop/db/journal';

type Op = { key: string; value: number };

async function openCounter(path: string) {
  const state = new Map<string, number>();
  const journal = await openJournal<Op>(
    path,
    (op) => state.set(op.key, op.value),
    () => [...state].map(([key, value]) => ({ key, value })),
  );
  const set = (key: string, value: number) => {
    state.set(key, value);
    return journal.append({ key, value });
  };
  return { state, journal, set };
}

describe('embedded journal', () => {
  it('when appends race with a compaction, then every change survives a reopen and the file holds one line per record', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'cart-journal-')), 'j.jsonl');
    const first = await openCounter(path);
    const writes: Promise<void>[] = [];
    for (let i = 0; i < 300; i++) {
      writes.push(first.set(`k${i % 40}`, i));
      if (i === 150) writes.push(first.journal.compact());
    }
    await Promise.all(writes);
    expect(first.journal.appended).toBeLessThan(300);
    await first.journal.compact();
    expect(first.journal.appended).toBe(0);
    await first.journal.close();
    expect(readFileSync(path, 'utf8').trim().split('\n')).toHaveLength(40);

    const second = await openCounter(path);
    expect(second.state).toEqual(first.state);
    await second.journal.close();
  });

  it('when many appends are made at once, then every one reaches the file', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'cart-journal-')), 'j.jsonl');
    const { journal, set } = await openCounter(path);
    await Promise.all(Array.from({ length: 200 }, (_, i) => set(`k${i}`, i)));
    expect(journal.appended).toBe(200);
    await journal.close();
    expect(readFileSync(path, 'utf8').trim().split('\n')).toHaveLength(200);
  });
});
