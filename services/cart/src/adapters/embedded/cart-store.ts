import { MAX_LINE_QUANTITY, type CartLine, type ProductSnapshot, type StoredCart } from '../../domain/cart.js';
import type { CartStore } from '../../domain/ports.js';
import { openJournal, type Journal } from '@shop/db/journal';

interface Entry {
  lines: Map<string, CartLine>;
  updatedAt: number;
  expiresAt: number;
  version: number;
}

type SerializedLine = Omit<CartLine, 'addedAt'> & { addedAt: string };
type Operation =
  | { op: 'put'; userId: string; lines: SerializedLine[]; updatedAt: string; expiresAt: string; version: number }
  | { op: 'delete'; userId: string };

export interface EmbeddedCartStoreOptions {
  /** The journal file; absent: memory only. */
  path?: string | undefined;
  ttlSeconds: number;
  /** How often expired carts are dropped from memory (they are already invisible to reads). */
  purgeIntervalMs?: number;
  now?: () => number;
}

const copyLine = (line: CartLine): CartLine => ({ ...line, addedAt: new Date(line.addedAt) });

/**
 * Carts in memory, kept on disk in a JSON-lines journal (the whole cart after each change,
 * flushed before the call returns; replayed and compacted at start). Each change is made in
 * memory in one synchronous step, so concurrent writes to one cart are applied one after the
 * other and none is lost. A cart expires `ttlSeconds` after its last change, like a Redis key.
 */
export async function createEmbeddedCartStore(options: EmbeddedCartStoreOptions): Promise<CartStore> {
  const now = options.now ?? Date.now;
  const ttlMs = options.ttlSeconds * 1000;
  const carts = new Map<string, Entry>();
  let journal: Journal<Operation> | undefined;

  function apply(operation: Operation): void {
    if (operation.op === 'delete') {
      carts.delete(operation.userId);
      return;
    }
    const lines = new Map(operation.lines.map((l): [string, CartLine] => [l.productId, { ...l, addedAt: new Date(l.addedAt) }]));
    carts.set(operation.userId, {
      lines,
      updatedAt: Date.parse(operation.updatedAt),
      expiresAt: Date.parse(operation.expiresAt),
      version: operation.version,
    });
  }

  function serialize(userId: string, entry: Entry): Operation {
    return {
      op: 'put',
      userId,
      lines: [...entry.lines.values()].map((l) => ({ ...l, addedAt: l.addedAt.toISOString() })),
      updatedAt: new Date(entry.updatedAt).toISOString(),
      expiresAt: new Date(entry.expiresAt).toISOString(),
      version: entry.version,
    };
  }

  function live(userId: string): Entry | undefined {
    const entry = carts.get(userId);
    if (entry && entry.expiresAt <= now()) {
      carts.delete(userId);
      return undefined;
    }
    return entry;
  }

  function view(userId: string, entry: Entry): StoredCart {
    return {
      userId,
      lines: [...entry.lines.values()].map(copyLine),
      updatedAt: new Date(entry.updatedAt),
      expiresAt: new Date(entry.expiresAt),
      version: entry.version,
    };
  }

  /** Stamps the change, keeps it, and returns the cart as it is right after it. */
  async function commit(userId: string, entry: Entry): Promise<StoredCart> {
    const at = now();
    entry.updatedAt = at;
    entry.expiresAt = at + ttlMs;
    entry.version += 1;
    carts.set(userId, entry);
    const result = view(userId, entry);
    await journal?.append(serialize(userId, entry));
    return result;
  }

  const newEntry = (): Entry => ({ lines: new Map(), updatedAt: 0, expiresAt: 0, version: 0 });

  function upsertLine(entry: Entry, product: ProductSnapshot, quantity: number, addedAt: Date): void {
    const existing = entry.lines.get(product.productId);
    entry.lines.set(product.productId, { ...product, quantity, addedAt: existing?.addedAt ?? addedAt });
  }

  if (options.path) {
    journal = await openJournal<Operation>(options.path, apply, () =>
      [...carts.entries()].filter(([, entry]) => entry.expiresAt > now()).map(([userId, entry]) => serialize(userId, entry)),
    );
  }

  const purge = setInterval(() => {
    for (const userId of [...carts.keys()]) live(userId);
    if (journal && journal.appended > Math.max(1_000, 4 * carts.size)) journal.compact().catch(() => undefined);
  }, options.purgeIntervalMs ?? 60_000);
  purge.unref();

  return {
    async get(userId) {
      const entry = live(userId);
      return entry ? view(userId, entry) : null;
    },

    async addItem(userId, product, quantity, limit) {
      const entry = live(userId) ?? newEntry();
      const current = entry.lines.get(product.productId)?.quantity ?? 0;
      const next = current + quantity;
      if (next > Math.min(limit, MAX_LINE_QUANTITY)) return { ok: false, currentQuantity: current };
      upsertLine(entry, product, next, new Date(now()));
      return { ok: true, cart: await commit(userId, entry) };
    },

    async setQuantity(userId, product, quantity) {
      const entry = live(userId);
      if (!entry?.lines.has(product.productId)) return null;
      upsertLine(entry, product, Math.min(quantity, MAX_LINE_QUANTITY), new Date(now()));
      return commit(userId, entry);
    },

    async removeItem(userId, productId) {
      const entry = live(userId);
      if (!entry?.lines.delete(productId)) return null;
      return commit(userId, entry);
    },

    async clear(userId) {
      if (!carts.delete(userId)) return;
      await journal?.append({ op: 'delete', userId });
    },

    async mergeLines(userId, lines) {
      const entry = live(userId) ?? newEntry();
      for (const line of lines) {
        const existing = entry.lines.get(line.productId);
        const quantity = Math.min(MAX_LINE_QUANTITY, (existing?.quantity ?? 0) + line.quantity);
        entry.lines.set(line.productId, existing ? { ...existing, quantity } : { ...copyLine(line), quantity });
      }
      return commit(userId, entry);
    },

    async deleteIfVersion(userId, version) {
      const entry = live(userId);
      if (!entry || entry.version !== version) return false;
      carts.delete(userId);
      await journal?.append({ op: 'delete', userId });
      return true;
    },

    async ping() {},
    async engine() {
      return 'embedded store';
    },

    async close() {
      clearInterval(purge);
      await journal?.close();
      journal = undefined;
    },
  };
}
