import { UpstreamUnavailableError } from '@shop/errors/errors';
import { Redis } from 'ioredis';
import type { CartLine, ProductSnapshot, StoredCart } from '../../domain/cart.js';
import type { CartStore } from '../../domain/ports.js';
import { ADD_ITEM, DELETE_IF_VERSION, MERGE_LINES, REMOVE_ITEM, SET_QUANTITY } from './scripts.js';

export interface RedisCartStoreOptions {
  url: string;
  ttlSeconds: number;
  /** Put before every key (tests use one per run); the hash tag stays the user id. */
  keyPrefix?: string;
  /** Per command; a slower answer fails the request with 503 instead of holding it. */
  commandTimeoutMs?: number;
  now?: () => number;
}

type Script = (key: string, ...args: (string | number)[]) => Promise<unknown>;

interface StoredLine {
  sku: string;
  name: string;
  priceCents: number;
  imageUrl: string | null;
  quantity: number;
  addedAt: string;
}

/** A line's JSON without its quantity and addedAt, which the scripts fill in. */
const details = (p: ProductSnapshot, extra: Partial<Pick<StoredLine, 'quantity' | 'addedAt'>> = {}) =>
  JSON.stringify({ sku: p.sku, name: p.name, priceCents: p.priceCents, imageUrl: p.imageUrl, ...extra });

/**
 * Carts in Redis: one hash per cart at `cart:{<userId>}` (the braces are the Cluster hash tag,
 * so everything about one cart lives on one slot). Every write is one Lua script (see
 * scripts.ts), run with EVALSHA; the key expires `ttlSeconds` after the last write.
 */
export async function createRedisCartStore(options: RedisCartStoreOptions): Promise<CartStore> {
  const now = options.now ?? Date.now;
  const ttlMs = options.ttlSeconds * 1000;
  const prefix = options.keyPrefix ?? '';
  const redis = new Redis(options.url, {
    lazyConnect: true,
    maxRetriesPerRequest: 1,
    connectTimeout: 5_000,
    commandTimeout: options.commandTimeoutMs ?? 2_000,
  });
  // Errors reach the callers of each command; without a listener ioredis would also print them.
  redis.on('error', () => undefined);
  await redis.connect();

  function script(name: string, lua: string): Script {
    redis.defineCommand(name, { numberOfKeys: 1, lua });
    const fn = (redis as unknown as Record<string, Script>)[name]!;
    return (key, ...args) => guard(() => fn.call(redis, key, ...args));
  }
  const addItem = script('cartAddItem', ADD_ITEM);
  const setQuantity = script('cartSetQuantity', SET_QUANTITY);
  const removeItem = script('cartRemoveItem', REMOVE_ITEM);
  const mergeLines = script('cartMergeLines', MERGE_LINES);
  const deleteIfVersion = script('cartDeleteIfVersion', DELETE_IF_VERSION);

  const key = (userId: string) => `${prefix}cart:{${userId}}`;

  /** The cart from a flat HGETALL answer; null when the key does not exist. */
  function parse(userId: string, flat: readonly string[]): StoredCart | null {
    if (flat.length === 0) return null;
    const lines: CartLine[] = [];
    let updatedAt = 0;
    let version = 0;
    for (let i = 0; i + 1 < flat.length; i += 2) {
      const field = flat[i]!;
      const value = flat[i + 1]!;
      if (field === '_updatedAt') updatedAt = Number(value);
      else if (field === '_version') version = Number(value);
      else if (!field.startsWith('_')) {
        const line = JSON.parse(value) as StoredLine;
        lines.push({ ...line, productId: field, imageUrl: line.imageUrl ?? null, addedAt: new Date(line.addedAt) });
      }
    }
    return { userId, lines, updatedAt: new Date(updatedAt), expiresAt: new Date(updatedAt + ttlMs), version };
  }

  /** A script's `{1, hash}` answer as the cart after the write; null for `{0}`. */
  function written(userId: string, reply: unknown): StoredCart | null {
    const [status, hash] = reply as [number, string[] | undefined];
    return status === 1 ? parse(userId, hash ?? []) : null;
  }

  return {
    async get(userId) {
      return parse(userId, await guard(() => redis.call('HGETALL', key(userId)) as Promise<string[]>));
    },

    async addItem(userId, product, quantity, limit) {
      const at = now();
      const reply = (await addItem(
        key(userId),
        product.productId,
        details(product),
        quantity,
        limit,
        at,
        ttlMs,
        new Date(at).toISOString(),
      )) as [number, unknown];
      if (reply[0] === 0) return { ok: false, currentQuantity: Number(reply[1]) };
      return { ok: true, cart: written(userId, reply)! };
    },

    async setQuantity(userId, product, quantity) {
      return written(userId, await setQuantity(key(userId), product.productId, details(product), quantity, now(), ttlMs));
    },

    async removeItem(userId, productId) {
      return written(userId, await removeItem(key(userId), productId, now(), ttlMs));
    },

    async clear(userId) {
      await guard(() => redis.del(key(userId)));
    },

    async mergeLines(userId, lines) {
      const pairs = lines.flatMap((l) => [l.productId, details(l, { quantity: l.quantity, addedAt: l.addedAt.toISOString() })]);
      return written(userId, await mergeLines(key(userId), now(), ttlMs, ...pairs))!;
    },

    async deleteIfVersion(userId, version) {
      return (await deleteIfVersion(key(userId), version)) === 1;
    },

    async ping() {
      await guard(() => redis.ping());
    },

    async engine() {
      // Valkey answers as Redis too (redis_version is its compatibility level) and adds its own fields.
      const info = await guard(() => redis.info('server'));
      const field = (name: string) => new RegExp(`^${name}:(.+)$`, 'm').exec(info)?.[1]?.trim();
      const valkey = field('valkey_version');
      return valkey ? `Valkey ${valkey}` : `Redis ${field('redis_version') ?? 'unknown version'}`;
    },

    async close() {
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}

/** Redis not answering (refused, timed out) is a 503 for the caller; an error reply is a bug and stays one. */
async function guard<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof Error && error.name === 'ReplyError') throw error;
    throw new UpstreamUnavailableError('redis', error);
  }
}
