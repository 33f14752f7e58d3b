import { UpstreamUnavailableError } from '@shop/errors/errors';
import { UpstreamProblemError, createServiceClient, type ServiceClientOptions } from '@shop/http-client/client';
import { toCents } from '../../domain/cart.js';
import type { CatalogPort, CatalogProduct } from '../../domain/ports.js';

/** The fields of the catalog's product JSON (contract section 4) the cart uses. */
interface ProductJson {
  id: string;
  sku: string;
  name: string;
  price: number;
  imageUrl: string | null;
  isActive: boolean;
}

function isProductJson(body: unknown): body is ProductJson {
  const p = body as Partial<ProductJson> | null;
  return (
    typeof p === 'object' &&
    p !== null &&
    typeof p.id === 'string' &&
    typeof p.sku === 'string' &&
    typeof p.name === 'string' &&
    typeof p.price === 'number' &&
    (typeof p.imageUrl === 'string' || p.imageUrl === null) &&
    typeof p.isActive === 'boolean'
  );
}

/** `GET /api/v1/products/:id` at the catalog: 404 → null; timeouts, 5xx and nonsense → 503. */
export function createCatalogClient(options: Omit<ServiceClientOptions, 'upstream'>): CatalogPort {
  const client = createServiceClient({ ...options, upstream: 'catalog' });
  return {
    async getProduct(productId): Promise<CatalogProduct | null> {
      let body: unknown;
      try {
        body = await client.get<unknown>(`/api/v1/products/${encodeURIComponent(productId)}`);
      } catch (error) {
        if (error instanceof UpstreamProblemError && error.status === 404) return null;
        if (error instanceof UpstreamProblemError) throw new UpstreamUnavailableError('catalog', error);
        throw error;
      }
      if (!isProductJson(body)) throw new UpstreamUnavailableError('catalog', new Error('unexpected product JSON'));
      return {
        productId: body.id,
        sku: body.sku,
        name: body.name,
        priceCents: toCents(body.price),
        imageUrl: body.imageUrl,
        isActive: body.isActive,
      };
    },
  };
}
