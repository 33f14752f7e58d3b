import type { HttpApp } from '@shop/http/app';
import { Strict, Type } from '@shop/http/schemas';
import type { Catalog } from '../domain/catalog.js';
import { renderProductImage } from '../demo/product-image.js';

/**
 * Product pictures drawn on the server (SVG), so the demo catalog needs no external images.
 * Rendered once per product version and cached by browsers for a day.
 */
export function registerImageRoutes(app: HttpApp, catalog: Catalog): void {
  const cache = new Map<string, string>();
  app.get(
    '/api/v1/products/:idOrSlug/image.svg',
    {
      schema: {
        tags: ['products'],
        summary: "A product's generated picture",
        params: Strict({ idOrSlug: Type.String({ minLength: 1, maxLength: 120 }) }),
        // Documented as what it is: an SVG document, not a JSON string.
        response: { 200: { description: 'The picture', content: { 'image/svg+xml': { schema: { type: 'string' } } } } },
      },
    },
    async (request, reply) => {
      const product = await catalog.getProduct(request.params.idOrSlug, { includeInactive: true });
      const key = `${product.id}:${product.updatedAt.getTime()}`;
      let svg = cache.get(key);
      if (!svg) {
        const category = product.categoryId ? await catalog.getCategory(product.categoryId).catch(() => null) : null;
        const categories = await catalog.listCategories();
        let root = category;
        while (root?.parentId) root = categories.find((c) => c.id === root!.parentId) ?? null;
        svg = renderProductImage({
          name: product.name,
          brand: product.brand,
          categorySlug: category?.slug ?? root?.slug ?? 'other',
          sku: product.sku,
        });
        if (cache.size > 5_000) cache.clear();
        cache.set(key, svg);
      }
      return reply
        .type('image/svg+xml')
        .header('cache-control', 'public, max-age=86400')
        .header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'")
        .send(svg);
    },
  );
}
