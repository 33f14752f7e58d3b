import { randomBytes } from 'node:crypto';
import { requireEngine } from '@shop/config/engines';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { createRedisCartStore } from '../../src/adapters/redis/cart-store.js';
import { cartStoreContract } from './cart-store.contract.js';
import { product, userId } from './fixtures.js';

/** Every key of this run starts with its own prefix, so runs never meet and cleanup is exact. */
const prefix = `test-${randomBytes(4).toString('hex')}:`;

async function dropRunKeys(url: string): Promise<void> {
  const redis = new Redis(url);
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500);
      if (keys.length > 0) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    await redis.quit();
  }
}

// Redis expires a cart by its own timer: `now` only stamps the changes.
cartStoreContract(
  'Redis',
  async ({ ttlSeconds, now }) => {
    const url = requireEngine('REDIS_URL');
    const store = await createRedisCartStore({ url, ttlSeconds, keyPrefix: prefix, now });
    return {
      store,
      close: async () => {
        await store.close();
        await dropRunKeys(url);
      },
    };
  },
  'engine',
);

describe('Redis cart keys', () => {
  const url = requireEngine('REDIS_URL');
  afterAll(() => dropRunKeys(url));

  it('when a cart is written, then it is one hash at cart:{<userId>} with a TTL, so it stays on one Cluster slot', async () => {
    const store = await createRedisCartStore({ url, ttlSeconds: 600, keyPrefix: prefix });
    const redis = new Redis(url);
    try {
      const id = userId();
      const p = product();
      await store.addItem(id, p, 2, 99);
      const key = `${prefix}cart:{${id}}`;
      expect(await redis.type(key)).toBe('hash');
      const ttl = await redis.pttl(key);
      expect(ttl).toBeGreaterThan(590_000);
      expect(ttl).toBeLessThanOrEqual(600_000);
      const hash = await redis.hgetall(key);
      expect(JSON.parse(hash[p.productId]!)).toMatchObject({ sku: p.sku, quantity: 2, priceCents: p.priceCents });
      expect(hash['_version']).toBe('1');
      // The hash tag is the user id: the slot depends on it alone, whatever the prefix.
      expect(key.match(/\{([^}]+)\}/)?.[1]).toBe(id);
    } finally {
      await redis.quit();
      await store.close();
    }
  });

  it('when Redis cannot be reached at start, then opening the store fails rather than serving half-working', async () => {
    await expect(createRedisCartStore({ url: 'redis://127.0.0.1:1', ttlSeconds: 60 })).rejects.toThrow();
  });
});
