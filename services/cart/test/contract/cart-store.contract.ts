import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CartStore } from '../../src/domain/ports.js';
import { line, product, sleep, userId } from './fixtures.js';

export interface CartStoreFixture {
  store: CartStore;
  close(): Promise<void>;
}

/** `now` is the clock the store stamps its changes with (epoch ms). */
export type OpenCartStore = (options: { ttlSeconds: number; now: () => number }) => Promise<CartStoreFixture>;

/**
 * How an adapter's carts expire: `clock`, by the clock it is given (the contract moves that clock);
 * `engine`, by the engine's own timer on real time (the contract polls until a deadline).
 */
export type CartExpiry = 'clock' | 'engine';

const TTL_SECONDS = 3_600;

/** The cart store port: the same behaviour from the embedded store and from Redis. */
export function cartStoreContract(adapter: string, open: OpenCartStore, expiry: CartExpiry): void {
  describe(`cart store on ${adapter}`, () => {
    let fixture: CartStoreFixture;
    let store: CartStore;

    beforeAll(async () => {
      fixture = await open({ ttlSeconds: TTL_SECONDS, now: Date.now });
      store = fixture.store;
    });
    afterAll(() => fixture?.close());

    it('when a cart was never written, then it is not there', async () => {
      expect(await store.get(userId())).toBeNull();
    });

    it('when a product is added, then its line keeps every value intact, stamped and versioned', async () => {
      const id = userId();
      const p = product({ name: 'Ünïcode "quoted" \\ back/slash ☕ 🎧', priceCents: 99_999_999, imageUrl: null });
      const before = Date.now();
      const outcome = await store.addItem(id, p, 3, 99);
      expect(outcome.ok).toBe(true);
      const cart = await store.get(id);
      expect(cart).toMatchObject({ userId: id, lines: [{ ...p, quantity: 3 }] });
      expect(cart!.lines[0]!.addedAt.getTime()).toBeGreaterThanOrEqual(before - 5);
      expect(cart!.updatedAt.getTime()).toBeGreaterThanOrEqual(before - 5);
      expect(cart!.expiresAt.getTime()).toBe(cart!.updatedAt.getTime() + TTL_SECONDS * 1000);
      expect(cart!.version).toBeGreaterThan(0);
      expect(outcome.ok && outcome.cart).toEqual(cart);
    });

    it('when a product already in the cart is added again, then its quantity grows and its details are refreshed', async () => {
      const id = userId();
      const p = product();
      await store.addItem(id, p, 2, 99);
      const first = (await store.get(id))!;
      const repriced = { ...p, priceCents: 2_500, name: 'Renamed' };
      const outcome = await store.addItem(id, repriced, 5, 99);
      expect(outcome.ok && outcome.cart.lines).toEqual([{ ...repriced, quantity: 7, addedAt: first.lines[0]!.addedAt }]);
      expect((await store.get(id))!.version).toBeGreaterThan(first.version);
    });

    it('when an add would take a line past the limit or past 99, then it is refused with the current quantity and nothing changes', async () => {
      const id = userId();
      const p = product();
      await store.addItem(id, p, 4, 99);
      const before = await store.get(id);
      expect(await store.addItem(id, p, 3, 6)).toEqual({ ok: false, currentQuantity: 4 });
      expect(await store.addItem(id, p, 96, 1_000)).toEqual({ ok: false, currentQuantity: 4 });
      expect(await store.get(id)).toEqual(before);
      const filled = await store.addItem(id, p, 95, 1_000);
      expect(filled.ok && filled.cart.lines[0]!.quantity).toBe(99);
      expect(await store.addItem(userId(), product(), 2, 1)).toEqual({ ok: false, currentQuantity: 0 });
    });

    it("when a line's quantity is set, then it takes that value; a line or cart that is not there gives null", async () => {
      const id = userId();
      const p = product();
      await store.addItem(id, p, 1, 99);
      const updated = await store.setQuantity(id, { ...p, priceCents: 1_234 }, 42);
      expect(updated?.lines).toMatchObject([{ productId: p.productId, quantity: 42, priceCents: 1_234 }]);
      expect(await store.setQuantity(id, product(), 1)).toBeNull();
      expect(await store.setQuantity(userId(), p, 1)).toBeNull();
      expect((await store.get(id))!.lines).toHaveLength(1);
    });

    it('when a line is removed, then only that line goes; removing one that is not there gives null', async () => {
      const id = userId();
      const [a, b] = [product(), product()];
      await store.addItem(id, a, 1, 99);
      await store.addItem(id, b, 2, 99);
      const after = await store.removeItem(id, a.productId);
      expect(after?.lines.map((l) => l.productId)).toEqual([b.productId]);
      expect(await store.removeItem(id, a.productId)).toBeNull();
      expect(await store.removeItem(userId(), a.productId)).toBeNull();
    });

    it('when a cart is cleared, then it is gone; clearing a missing cart is harmless', async () => {
      const id = userId();
      await store.addItem(id, product(), 1, 99);
      await store.clear(id);
      expect(await store.get(id)).toBeNull();
      await store.clear(id);
      await store.clear(userId());
    });

    it('when lines are merged, then quantities add up capped at 99, existing lines keep their details and new ones arrive whole', async () => {
      const id = userId();
      const [kept, capped] = [product(), product()];
      await store.addItem(id, kept, 2, 99);
      await store.addItem(id, capped, 90, 99);
      const incoming = line({ name: 'New in cart', imageUrl: null, quantity: 4 });
      const merged = await store.mergeLines(id, [
        line({ ...kept, name: 'Guest copy', priceCents: 1, quantity: 3 }),
        line({ ...capped, quantity: 20 }),
        incoming,
      ]);
      const byId = new Map(merged.lines.map((l) => [l.productId, l]));
      expect(byId.get(kept.productId)).toMatchObject({ ...kept, quantity: 5 });
      expect(byId.get(capped.productId)?.quantity).toBe(99);
      expect(byId.get(incoming.productId)).toEqual(incoming);
      expect(await store.get(id)).toEqual(merged);
      const fresh = await store.mergeLines(userId(), [line({ quantity: 150 })]);
      expect(fresh.lines[0]!.quantity).toBe(99);
    });

    it('when a cart is deleted by version, then it goes only if nobody wrote to it since that version', async () => {
      const id = userId();
      await store.addItem(id, product(), 1, 99);
      const read = (await store.get(id))!;
      await store.addItem(id, product(), 1, 99);
      expect(await store.deleteIfVersion(id, read.version)).toBe(false);
      const current = (await store.get(id))!;
      expect(current.lines).toHaveLength(2);
      expect(await store.deleteIfVersion(id, current.version)).toBe(true);
      expect(await store.get(id)).toBeNull();
      expect(await store.deleteIfVersion(id, current.version)).toBe(false);
    });

    it('when 100 distinct products are added to one cart at once, then all 100 lines are there', async () => {
      const id = userId();
      const products = Array.from({ length: 100 }, () => product());
      const outcomes = await Promise.all(products.map((p) => store.addItem(id, p, 1, 99)));
      expect(outcomes.every((o) => o.ok)).toBe(true);
      const cart = (await store.get(id))!;
      expect(new Set(cart.lines.map((l) => l.productId))).toEqual(new Set(products.map((p) => p.productId)));
      expect(cart.version).toBeGreaterThanOrEqual(100);
    });

    it('when one product is added 60 times at once, then the quantity is the sum, never past the limit', async () => {
      const id = userId();
      const p = product();
      const outcomes = await Promise.all(Array.from({ length: 60 }, () => store.addItem(id, p, 2, 99)));
      expect(outcomes.filter((o) => o.ok)).toHaveLength(49);
      expect((await store.get(id))!.lines[0]!.quantity).toBe(98);
    });

    it('when a cart is not written for its TTL, then it expires; every write pushes its expiry back', () =>
      expiry === 'clock' ? expiresByTheGivenClock(open) : expiresByTheEngine(open));
  });
}

/** The store reads only the clock it is given: the test moves it, to the millisecond either side of each expiry. */
async function expiresByTheGivenClock(open: OpenCartStore): Promise<void> {
  let now = Date.parse('2026-01-01T00:00:00.000Z');
  const short = await open({ ttlSeconds: 1.5, now: () => now });
  try {
    const [idle, busy] = [userId(), userId()];
    await short.store.addItem(idle, product(), 1, 99);
    await short.store.addItem(busy, product(), 1, 99);
    now += 1_000;
    await short.store.addItem(busy, product(), 1, 99);
    now += 499;
    expect((await short.store.get(idle))?.lines).toHaveLength(1);
    now += 1; // 1.5 s after idle's only write
    expect(await short.store.get(idle)).toBeNull();
    expect((await short.store.get(busy))?.lines).toHaveLength(2);
    now += 999;
    expect((await short.store.get(busy))?.lines).toHaveLength(2);
    now += 1; // 1.5 s after busy's last write
    expect(await short.store.get(busy)).toBeNull();
  } finally {
    await short.close();
  }
}

/**
 * The engine expires keys by its own timer, on real time: the test polls until a deadline instead
 * of sleeping for a guessed margin, and checks that nothing went before its TTL was up.
 */
async function expiresByTheEngine(open: OpenCartStore): Promise<void> {
  const ttlMs = 2_000;
  const short = await open({ ttlSeconds: ttlMs / 1000, now: Date.now });
  try {
    const [idle, busy] = [userId(), userId()];
    const p = product();
    const idleWritten = Date.now();
    await short.store.addItem(idle, product(), 1, 99);
    await short.store.addItem(busy, p, 1, 99);
    // Busy is written every round while idle is waited for: it must still be there to be written to.
    let busyWritten: number;
    const deadline = Date.now() + 20_000;
    for (;;) {
      busyWritten = Date.now();
      expect((await short.store.setQuantity(busy, p, 1))?.lines).toHaveLength(1);
      if ((await short.store.get(idle)) === null) break;
      if (Date.now() > deadline) throw new Error(`the idle cart was still there ${Date.now() - idleWritten} ms after its write`);
      await sleep(100);
    }
    expect(Date.now() - idleWritten).toBeGreaterThanOrEqual(ttlMs);
    await expect.poll(() => short.store.get(busy), { timeout: 20_000, interval: 100 }).toBeNull();
    expect(Date.now() - busyWritten).toBeGreaterThanOrEqual(ttlMs);
  } finally {
    await short.close();
  }
}
