import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEmbeddedCartStore } from '../../src/adapters/embedded/cart-store.js';
import { cartStoreContract } from './cart-store.contract.js';
import { line, product, userId } from './fixtures.js';

const journalPath = () => join(mkdtempSync(join(tmpdir(), 'cart-store-')), 'carts.jsonl');

cartStoreContract(
  'the embedded store',
  async ({ ttlSeconds, now }) => {
    const store = await createEmbeddedCartStore({ path: journalPath(), ttlSeconds, now });
    return { store, close: () => store.close() };
  },
  'clock',
);

describe('embedded cart store on disk', () => {
  it('when the store is reopened, then every cart is as it was; cleared and merged-away carts stay gone', async () => {
    const path = journalPath();
    const first = await createEmbeddedCartStore({ path, ttlSeconds: 3_600 });
    const [kept, cleared, guest] = [userId(), userId(), userId()];
    const p = product({ name: 'Durable "kettle" ☕' });
    await first.addItem(kept, p, 2, 99);
    await first.setQuantity(kept, p, 5);
    await first.mergeLines(kept, [line({ quantity: 3 })]);
    await first.addItem(cleared, product(), 1, 99);
    await first.clear(cleared);
    await first.addItem(guest, product(), 1, 99);
    await first.deleteIfVersion(guest, (await first.get(guest))!.version);
    const before = await first.get(kept);
    await first.close();

    const second = await createEmbeddedCartStore({ path, ttlSeconds: 3_600 });
    expect(await second.get(kept)).toEqual(before);
    expect(await second.get(cleared)).toBeNull();
    expect(await second.get(guest)).toBeNull();
    await second.close();
    // Compacted at open: one line per live cart.
    expect(readFileSync(path, 'utf8').trim().split('\n')).toHaveLength(1);
  });

  it('when a cart expired while the store was closed, then it is not loaded again', async () => {
    const path = journalPath();
    let now = Date.parse('2026-01-01T00:00:00.000Z');
    const open = () => createEmbeddedCartStore({ path, ttlSeconds: 60, now: () => now });
    const first = await open();
    const id = userId();
    await first.addItem(id, product(), 1, 99);
    await first.close();
    now += 59_999;
    const stillThere = await open();
    expect((await stillThere.get(id))?.lines).toHaveLength(1);
    await stillThere.close();
    now += 1; // 60 s after its last change
    const second = await open();
    expect(await second.get(id)).toBeNull();
    await second.close();
    expect(readFileSync(path, 'utf8')).toBe('');
  });

  it('when the journal ends in a torn line, then the carts before it load and the torn write is dropped', async () => {
    const path = journalPath();
    const first = await createEmbeddedCartStore({ path, ttlSeconds: 3_600 });
    const id = userId();
    await first.addItem(id, product(), 1, 99);
    const before = await first.get(id);
    await first.close();
    const { appendFileSync } = await import('node:fs');
    appendFileSync(path, '{"op":"put","userId":"torn');
    const second = await createEmbeddedCartStore({ path, ttlSeconds: 3_600 });
    expect(await second.get(id)).toEqual(before);
    await second.close();
  });
});
