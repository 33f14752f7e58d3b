import type { Principal } from '@shop/auth/principal';
import { assertCartAccess } from './access.js';
import { MAX_LINE_QUANTITY, cartOf, emptyCart, isGuestId, type Cart, type CartLine, type ProductSnapshot } from './cart.js';
import { InsufficientStockError, LineNotFoundError, LineQuantityError, MergeTargetError, ProductNotFoundError } from './errors.js';
import type { CartStore, CatalogPort, InventoryPort } from './ports.js';

export interface CartsDeps {
  store: CartStore;
  catalog: CatalogPort;
  inventory: InventoryPort;
  clock: { now(): Date };
  /** How long a cart lives after its last change (only used to describe a cart that does not exist). */
  ttlSeconds: number;
  /** Rounds of the merge's read → add → compare-and-delete loop before giving up on the guest cart. */
  mergeAttempts?: number;
}

/**
 * The cart's use cases. Every write checks access first, then asks the catalog (and inventory)
 * before touching the store, so an upstream that fails or is slow leaves the cart as it was.
 */
export function makeCarts({ store, catalog, inventory, clock, ttlSeconds, mergeAttempts = 5 }: CartsDeps) {
  async function view(userId: string): Promise<Cart> {
    const stored = await store.get(userId);
    return stored ? cartOf(stored) : emptyCart(userId, clock.now(), ttlSeconds);
  }

  /** Name, sku, price and image from the catalog; the client's word is never taken for them. */
  async function productFromCatalog(productId: string): Promise<ProductSnapshot> {
    const product = await catalog.getProduct(productId);
    if (!product || !product.isActive) throw new ProductNotFoundError();
    const { productId: id, sku, name, priceCents, imageUrl } = product;
    return { productId: id, sku, name, priceCents, imageUrl };
  }

  return {
    async get(caller: Principal | null, userId: string): Promise<Cart> {
      assertCartAccess(caller, userId);
      return view(userId);
    },

    /** Adds to the product's line; the sum is checked against stock and the 99 cap inside the store's atomic step. */
    async addItem(caller: Principal | null, userId: string, productId: string, quantity: number): Promise<Cart> {
      assertCartAccess(caller, userId);
      const product = await productFromCatalog(productId);
      const available = await inventory.availableQuantity(product.sku);
      const outcome = await store.addItem(userId, product, quantity, Math.min(MAX_LINE_QUANTITY, available));
      if (outcome.ok) return cartOf(outcome.cart);
      const requested = outcome.currentQuantity + quantity;
      if (requested > MAX_LINE_QUANTITY) throw new LineQuantityError(requested);
      throw new InsufficientStockError(product.sku, available, requested);
    },

    /** Sets a line's quantity; 0 removes it. A new quantity is checked against stock first. */
    async setQuantity(caller: Principal | null, userId: string, productId: string, quantity: number): Promise<Cart> {
      assertCartAccess(caller, userId);
      if (quantity === 0) return removeLine(userId, productId);
      // A read to answer 404 before calling upstreams; the write below checks again, atomically.
      const current = await store.get(userId);
      if (!current?.lines.some((line) => line.productId === productId)) throw new LineNotFoundError();
      const product = await productFromCatalog(productId);
      const available = await inventory.availableQuantity(product.sku);
      if (quantity > available) throw new InsufficientStockError(product.sku, available, quantity);
      const updated = await store.setQuantity(userId, { ...product, productId }, quantity);
      if (!updated) throw new LineNotFoundError();
      return cartOf(updated);
    },

    async removeItem(caller: Principal | null, userId: string, productId: string): Promise<Cart> {
      assertCartAccess(caller, userId);
      return removeLine(userId, productId);
    },

    async clear(caller: Principal | null, userId: string): Promise<void> {
      assertCartAccess(caller, userId);
      await store.clear(userId);
    },

    /**
     * Moves a guest cart's lines into a user's cart and deletes the guest cart. The two carts may
     * live on different Redis Cluster slots, so this is not one atomic step: read the guest cart,
     * add its lines into the user's cart atomically, then delete the guest cart only if nobody
     * wrote to it meanwhile. If somebody did, the loop adds only what is new and tries again.
     */
    async merge(caller: Principal | null, userId: string, guestId: string): Promise<Cart> {
      assertCartAccess(caller, userId);
      if (isGuestId(userId)) throw new MergeTargetError();
      const merged = new Map<string, number>();
      for (let attempt = 0; attempt < mergeAttempts; attempt++) {
        const guest = await store.get(guestId);
        if (!guest) break;
        const fresh = unmerged(guest.lines, merged);
        if (fresh.length > 0) {
          await store.mergeLines(userId, fresh);
          for (const line of fresh) merged.set(line.productId, (merged.get(line.productId) ?? 0) + line.quantity);
        }
        if (await store.deleteIfVersion(guestId, guest.version)) break;
      }
      return view(userId);
    },
  };

  async function removeLine(userId: string, productId: string): Promise<Cart> {
    const updated = await store.removeItem(userId, productId);
    if (!updated) throw new LineNotFoundError();
    return cartOf(updated);
  }
}

/** The part of each guest line not yet moved by an earlier round of the same merge. */
function unmerged(lines: readonly CartLine[], merged: ReadonlyMap<string, number>): CartLine[] {
  return lines
    .map((line) => ({ ...line, quantity: line.quantity - (merged.get(line.productId) ?? 0) }))
    .filter((line) => line.quantity > 0);
}

export type Carts = ReturnType<typeof makeCarts>;
