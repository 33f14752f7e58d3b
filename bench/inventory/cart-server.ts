/**
 * A process of the cart benchmark (so autocannon, the cart service and its upstreams do not share
 * one event loop): `stub` answers catalog and inventory requests from memory; `cart <redisUrl>
 * <upstreamUrl>` runs the cart service on Redis. Prints `READY <port>`.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startCartService } from '@shop/cart-service/main';

const [mode, redisUrl, upstreamUrl] = process.argv.slice(2);
process.on('SIGTERM', () => process.exit(0));

if (mode === 'stub') {
  const now = new Date().toISOString();
  const server = createServer((req, res) => {
    const product = /^\/api\/v1\/products\/p(\d+)$/.exec(req.url ?? '');
    const stock = /^\/api\/v1\/inventory\/(SKU-\d+)$/.exec(req.url ?? '');
    res.setHeader('content-type', 'application/json');
    if (product) {
      const n = product[1];
      res.end(
        JSON.stringify({
          id: `p${n}`,
          sku: `SKU-${n}`,
          name: `Product ${n}`,
          slug: `product-${n}`,
          description: '',
          price: 19.99,
          categoryId: null,
          brand: 'Bench',
          imageUrl: null,
          specifications: {},
          isActive: true,
          inventoryQuantity: 1_000_000,
          createdAt: now,
          updatedAt: now,
        }),
      );
    } else if (stock) {
      res.end(
        JSON.stringify({
          sku: stock[1],
          quantity: 1_000_000,
          reservedQuantity: 0,
          availableQuantity: 1_000_000,
          location: null,
          updatedAt: now,
        }),
      );
    } else {
      res.statusCode = 404;
      res.end('{}');
    }
  });
  server.listen(0, '127.0.0.1', () => process.stdout.write(`READY ${(server.address() as AddressInfo).port}\n`));
} else if (mode === 'cart') {
  // Exactly these settings: nothing from the environment can switch the cart's engines.
  const service = await startCartService({
    PORT: '0',
    DATA_DIR: mkdtempSync(join(tmpdir(), 'bench-cart-')),
    REDIS_URL: redisUrl!,
    CATALOG_SERVICE_URL: upstreamUrl!,
    INVENTORY_SERVICE_URL: upstreamUrl!,
    JWKS_URL: `${upstreamUrl}/jwks`,
    USER_SERVICE_URL: upstreamUrl!,
    LOG_LEVEL: 'warn',
    RATE_LIMIT_MAX: '0',
  });
  process.stdout.write(`READY ${new URL(service.url).port}\n`);
} else {
  throw new Error('usage: cart-server.ts stub | cart <redisUrl> <upstreamUrl>');
}
