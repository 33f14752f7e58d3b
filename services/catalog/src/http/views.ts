import type { Product } from '../domain/product.js';
import { fromCents } from '../domain/product.js';

/** Product as the API shows it: money in major units, dates as ISO strings, no internal fields. */
export function productView(p: Product) {
  return {
    id: p.id,
    sku: p.sku,
    name: p.name,
    slug: p.slug,
    description: p.description,
    price: fromCents(p.priceCents),
    categoryId: p.categoryId,
    brand: p.brand,
    imageUrl: p.imageUrl,
    specifications: p.specifications,
    isActive: p.isActive,
    inventoryQuantity: p.inventoryQuantity,
    createdAt: p.createdAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
  };
}

const MAX_CACHED = 20_000;
const cache = new Map<string, string>();
const byObject = new WeakMap<Product, string>();

/**
 * A product's JSON, serialised once per version. Browsing sends the same products over and over;
 * formatting dates and escaping strings for each response was most of a list request's cost.
 * The key holds everything that changes the output, so a changed product is never served stale.
 */
export function productJson(p: Product): string {
  // A frozen product (the embedded store's) is replaced, never changed: its JSON is kept by identity.
  const frozen = Object.isFrozen(p);
  let json = frozen ? byObject.get(p) : undefined;
  if (json !== undefined) return json;
  const key = `${p.id}|${p.updatedAt.getTime()}|${p.inventoryQuantity}|${p.isActive}`;
  json = cache.get(key);
  if (json === undefined) {
    json = JSON.stringify(productView(p));
    if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value!);
    cache.set(key, json);
  }
  if (frozen) byObject.set(p, json);
  return json;
}

/** A list response assembled from cached product JSON (same shape as the route's schema). */
export function productListJson(items: readonly Product[], page: number, limit: number, total: number, extra = ''): string {
  return `{"data":[${items.map(productJson).join(',')}],"page":${page},"limit":${limit},"total":${total}${extra}}`;
}
