import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CartStore } from '../../src/domain/ports.js';
import { line, product, sleep, userId } from './fixtures.js';

export interface CartStoreFixture {
  store: CartStore;
  close(): Promise<void>;
}

export type OpenCartStore = (options: { ttlSeconds: number }) => Promise<CartStoreFixture>;

const TTL_SECONDS = 3_600;

/** The cart store port: the same behaviour from the embedded store and from Redis. */
export function cartStoreContract(adapter: string, open: OpenCartStore): void {
  describe(`cart store on ${adapter}`, () => {
    let fixture: CartStoreFixture;
    let store: CartStore;

    beforeAll(async () => {
      fixture = await open({ ttlSeconds: TTL_SECONDS });
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

    describe('expiry', () => {
      let short: CartStoreFixture;
      beforeAll(async () => {
        short = await open({ ttlSeconds: 1.5 });
      });
      afterAll(() => short?.close());

      it('when a cart is not written for its TTL, then it expires; every write pushes its expiry back', async () => {
        const [idle, busy] = [userId(), userId()];
        await short.store.addItem(idle, product(), 1, 99);
        await short.store.addItem(busy, product(), 1, 99);
        await sleep(1_000);
        await short.store.addItem(busy, product(), 1, 99);
        await sleep(800);
        expect(await short.store.get(idle)).toBeNull();
        expect((await short.store.get(busy))?.lines).toHaveLength(2);
        await sleep(1_000);
        expect(await short.store.get(busy)).toBeNull();
      });
    });
  });
}
