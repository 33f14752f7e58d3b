import type { CatalogStore } from '../domain/ports.js';
import { newObjectId } from '../domain/ids.js';
import type { Category, Product } from '../domain/product.js';
import type { DemoCategory, DemoProduct } from '@shop/demo-data/catalog-data';

/** Where a demo product's generated picture is served (through the gateway, same origin). */
export function demoImageUrl(slug: string): string {
  return `/api/v1/products/${slug}/image.svg`;
}

/**
 * Loads demo categories and products into an empty store (the caller rebuilds the search index
 * afterwards). The displayed stock starts at the demo quantity; inventory events take over later.
 */
export async function seedCatalog(
  store: CatalogStore,
  data: { categories: readonly DemoCategory[]; products: readonly DemoProduct[] },
  onProgress: (done: number) => void = () => undefined,
  now: Date = new Date(),
): Promise<{ categories: number; products: number }> {
  const bySlug = new Map<string, Category>();
  const pending = [...data.categories];
  // Parents before children, whatever order the data lists them in.
  while (pending.length > 0) {
    const ready = pending.findIndex((c) => c.parentSlug === null || bySlug.has(c.parentSlug));
    if (ready < 0) throw new Error(`Demo categories have unknown parents: ${pending.map((c) => c.slug).join(', ')}`);
    const [c] = pending.splice(ready, 1);
    const category: Category = {
      id: newObjectId(now),
      name: c!.name,
      slug: c!.slug,
      description: c!.description,
      parentId: c!.parentSlug === null ? null : bySlug.get(c!.parentSlug)!.id,
    };
    await store.createCategory(category);
    bySlug.set(category.slug, category);
  }
  let done = 0;
  for (const demo of data.products) {
    // Spread creation times so "newest" has a meaningful order.
    const createdAt = new Date(now.getTime() - (data.products.length - done) * 60_000);
    const product: Product = {
      id: newObjectId(createdAt),
      sku: demo.sku,
      name: demo.name,
      slug: demo.slug,
      description: demo.description,
      priceCents: demo.priceCents,
      categoryId: bySlug.get(demo.categorySlug)?.id ?? null,
      brand: demo.brand,
      imageUrl: demoImageUrl(demo.slug),
      specifications: demo.specifications,
      isActive: true,
      inventoryQuantity: demo.stock,
      inventoryUpdatedAt: null,
      createdAt,
      updatedAt: createdAt,
    };
    await store.createProduct(product);
    onProgress(++done);
  }
  return { categories: bySlug.size, products: done };
}
