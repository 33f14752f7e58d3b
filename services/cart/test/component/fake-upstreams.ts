import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** How an upstream answers: normally, too late for the cart's timeout, or with a 500. */
export type Mode = 'ok' | 'slow' | 'fail';

export interface FakeProduct {
  id: string;
  sku: string;
  name: string;
  price: number;
  imageUrl: string | null;
  isActive: boolean;
}

export const SERVICE_TOKEN = 'fake-cart-service-token';

function send(res: ServerResponse, status: number, body: unknown) {
  const problem = status >= 400;
  res.writeHead(status, { 'content-type': problem ? 'application/problem+json' : 'application/json' });
  res.end(JSON.stringify(body));
}

const notFound = (what: string) => ({
  type: 'https://errors.shop.local/not-found',
  title: 'Not found',
  status: 404,
  code: 'NOT_FOUND',
  detail: `${what} was not found.`,
});

/**
 * Stand-ins for the catalog, inventory and the user service's token endpoint, answering with the
 * contract's JSON (sections 3, 4, 5). Each upstream can be made slow or failing.
 */
export async function startFakeUpstreams(options: { slowMs: number }) {
  const products = new Map<string, FakeProduct>();
  const stock = new Map<string, number>();
  const modes = { catalog: 'ok' as Mode, inventory: 'ok' as Mode };
  const seen = { catalog: 0, inventory: 0, authorization: new Set<string>() };

  function answer(upstream: 'catalog' | 'inventory', res: ServerResponse, respond: () => void) {
    seen[upstream] += 1;
    const mode = modes[upstream];
    if (mode === 'fail') return send(res, 500, { code: 'INTERNAL', status: 500, title: 'Internal server error', detail: 'boom' });
    if (mode === 'slow') return void setTimeout(respond, options.slowMs).unref();
    respond();
  }

  function handle(req: IncomingMessage, res: ServerResponse) {
    const url = req.url ?? '';
    if (req.headers.authorization) seen.authorization.add(req.headers.authorization);
    if (req.method === 'POST' && url === '/api/v1/auth/token') return send(res, 200, { accessToken: SERVICE_TOKEN, expiresIn: 900 });
    const productMatch = /^\/api\/v1\/products\/([^/?]+)$/.exec(url);
    if (req.method === 'GET' && productMatch) {
      const product = products.get(decodeURIComponent(productMatch[1]!));
      return answer('catalog', res, () =>
        // The catalog hides an inactive product from everyone but admins.
        product?.isActive
          ? send(res, 200, {
              ...product,
              slug: product.id,
              description: '',
              categoryId: null,
              brand: 'Fake',
              specifications: {},
              inventoryQuantity: 0,
              createdAt: new Date().toISOString(),
              updatedAt: new Date().toISOString(),
            })
          : send(res, 404, notFound('Product')),
      );
    }
    const stockMatch = /^\/api\/v1\/inventory\/([^/?]+)$/.exec(url);
    if (req.method === 'GET' && stockMatch) {
      const sku = decodeURIComponent(stockMatch[1]!);
      const quantity = stock.get(sku);
      return answer('inventory', res, () =>
        quantity === undefined
          ? send(res, 404, notFound('Inventory record'))
          : send(res, 200, {
              sku,
              quantity: quantity + 2,
              reservedQuantity: 2,
              availableQuantity: quantity,
              location: 'main',
              updatedAt: new Date().toISOString(),
            }),
      );
    }
    send(res, 404, notFound('Route'));
  }

  const server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    modes,
    seen,
    /** A new active product with `available` units in stock (no inventory record when null). */
    addProduct(overrides: Partial<FakeProduct> = {}, available: number | null = 50): FakeProduct {
      const id = randomUUID().replace(/-/g, '').slice(0, 24);
      const product: FakeProduct = {
        id,
        sku: `SKU-${id.slice(0, 8).toUpperCase()}`,
        name: `Product ${id.slice(0, 6)}`,
        price: 19.99,
        imageUrl: `/api/v1/products/${id}/image.svg`,
        isActive: true,
        ...overrides,
      };
      products.set(product.id, product);
      if (available !== null) stock.set(product.sku, available);
      return product;
    },
    updateProduct(id: string, changes: Partial<FakeProduct>) {
      products.set(id, { ...products.get(id)!, ...changes });
    },
    setStock(sku: string, available: number) {
      stock.set(sku, available);
    },
    reset() {
      modes.catalog = 'ok';
      modes.inventory = 'ok';
    },
    close() {
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export type FakeUpstreams = Awaited<ReturnType<typeof startFakeUpstreams>>;
