import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createEmbeddedCartStore } from '../../src/adapters/embedded/cart-store.js';
import type { ProductSnapshot } from '../../src/domain/cart.js';
import { makeCarts } from '../../src/domain/carts.js';
import type { CartStore } from '../../src/domain/ports.js';

const product = (name: string): ProductSnapshot => ({ productId: name, sku: name.toUpperCase(), name, priceCents: 100, imageUrl: null });
const customer = (sub: string) => ({ sub, role: 'customer' as const });

async function setup(wrap: (store: CartStore) => CartStore = (s) => s) {
  const inner = await createEmbeddedCartStore({ ttlSeconds: 3_600 });
  const store = wrap(inner);
  const carts = makeCarts({
    store,
    catalog: { getProduct: async () => null },
    inventory: { availableQuantity: async () => 0 },
    clock: { now: () => new Date() },
    ttlSeconds: 3_600,
  });
  return { inner, carts };
}

describe('merging a guest cart', () => {
  it('when the guest cart changes between the read and the delete, then what is new is merged too, once', async () => {
    const guest = `guest_${randomUUID()}`;
    const user = randomUUID();
    let interfered = false;
    const { inner, carts } = await setup((store) => ({
      ...store,
      // Another tab adds to the guest cart right after the merge read it.
      async deleteIfVersion(userId, version) {
        if (!interfered) {
          interfered = true;
          await store.addItem(guest, product('late'), 2, 99);
          await store.addItem(guest, product('pen'), 1, 99);
        }
        return store.deleteIfVersion(userId, version);
      },
    }));
    await inner.addItem(guest, product('pen'), 3, 99);
    await inner.addItem(user, product('pen'), 1, 99);

    const merged = await carts.merge(customer(user), user, guest);
    expect(Object.fromEntries(merged.lines.map((l) => [l.productId, l.quantity]))).toEqual({ pen: 5, late: 2 });
    expect(await inner.get(guest)).toBeNull();
  });

  it('when the guest cart keeps changing, then the merge gives up after its rounds, keeps what it moved, and leaves the guest cart', async () => {
    const guest = `guest_${randomUUID()}`;
    const user = randomUUID();
    let n = 0;
    const { inner, carts } = await setup((store) => ({
      ...store,
      async deleteIfVersion(userId, version) {
        await store.addItem(guest, product(`late${n++}`), 1, 99);
        return store.deleteIfVersion(userId, version);
      },
    }));
    await inner.addItem(guest, product('pen'), 1, 99);
    const merged = await carts.merge(customer(user), user, guest);
    expect(merged.lines.map((l) => l.productId).sort()).toEqual(['late0', 'late1', 'late2', 'late3', 'pen']);
    expect((await inner.get(guest))?.lines).toHaveLength(6);
  });
});
