import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCatalog, type CatalogHarness } from './harness.js';

interface ProductJson {
  id: string;
  name: string;
  slug: string;
  brand: string;
  price: number;
  categoryId: string | null;
  isActive: boolean;
  createdAt: string;
  inventoryQuantity: number;
}

describe('catalog: browsing the demo catalog', () => {
  let h: CatalogHarness;
  let categories: { id: string; slug: string; parentId: string | null; name: string }[];

  beforeAll(async () => {
    h = await startCatalog();
    categories = (await h.request({ url: '/api/v1/categories' })).body.data;
  });
  afterAll(() => h.close());

  it('when the service starts on an empty store, then the demo catalog is there: 200+ products in 8+ categories, some nested', async () => {
    const list = await h.request({ url: '/api/v1/products?limit=100' });
    expect(list.status).toBe(200);
    expect(list.body.total).toBeGreaterThanOrEqual(200);
    expect(categories.length).toBeGreaterThanOrEqual(8);
    expect(categories.some((c) => c.parentId !== null)).toBe(true);
    const first = list.body.data[0] as ProductJson & { imageUrl: string; specifications: object; description: string };
    expect(first.imageUrl).toMatch(/^\/api\/v1\/products\/.+\/image\.svg$/);
    expect(Object.keys(first.specifications).length).toBeGreaterThan(0);
    expect(first.description.length).toBeGreaterThan(20);
  });

  it('when a demo image is fetched, then it is an SVG served locally', async () => {
    const product = (await h.request({ url: '/api/v1/products?limit=1' })).body.data[0] as { imageUrl: string };
    const image = await h.request({ url: product.imageUrl });
    expect(image.status).toBe(200);
    expect(image.headers['content-type']).toContain('image/svg+xml');
    expect(image.text).toMatch(/^<svg/);
    // The document says so too: a client (or a fuzzer) reading it expects an SVG, not JSON.
    const doc = h.service.app.swagger() as unknown as {
      paths: Record<string, Record<string, { responses: Record<string, { content?: object }> }>>;
    };
    const documented = doc.paths['/api/v1/products/{idOrSlug}/image.svg']!['get']!.responses['200']!.content ?? {};
    expect(Object.keys(documented)).toEqual(['image/svg+xml']);
  });

  it('when paging, then pages partition the list and the total is stable; over 100 per page is 400', async () => {
    const page1 = await h.request({ url: '/api/v1/products?limit=7&page=1&sort=name_asc' });
    const page2 = await h.request({ url: '/api/v1/products?limit=7&page=2&sort=name_asc' });
    expect(page1.body).toMatchObject({ page: 1, limit: 7 });
    expect(page2.body.total).toBe(page1.body.total);
    const ids = [...page1.body.data, ...page2.body.data].map((p: ProductJson) => p.id);
    expect(new Set(ids).size).toBe(14);
    const tooMany = await h.request({ url: '/api/v1/products?limit=101' });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.code).toBe('VALIDATION_FAILED');
  });

  it('when products are looked up by ids, then those come back in the order asked, by id or slug, unknown ones left out; ids stand alone', async () => {
    const some = (await h.request({ url: '/api/v1/products?limit=3&sort=name_asc' })).body.data as ProductJson[];
    const [a, b, c] = some as [ProductJson, ProductJson, ProductJson];
    const ids = [c.id, 'no-such-product', a.slug, b.id].join(',');
    const found = await h.request({ url: `/api/v1/products?ids=${encodeURIComponent(ids)}` });
    expect(found.status, JSON.stringify(found.body)).toBe(200);
    expect(found.body.data.map((p: ProductJson) => p.id)).toEqual([c.id, a.id, b.id]);
    expect(found.body.total).toBe(3);
    for (const url of [
      `/api/v1/products?ids=${a.id}&brand=${encodeURIComponent(a.brand)}`,
      `/api/v1/products?ids=${a.id}&page=2`,
      '/api/v1/products?ids=a,,b',
    ]) {
      const refused = await h.request({ url });
      expect(refused.status, url).toBe(400);
      expect(refused.body.code).toBe('VALIDATION_FAILED');
    }
    const tooMany = Array.from({ length: 101 }, (_, i) => `p${i}`).join(',');
    expect((await h.request({ url: `/api/v1/products?ids=${tooMany}` })).status).toBe(400);
  });

  it('when filtering by a parent category slug, then products of its subcategories come back too', async () => {
    const parent = categories.find((c) => c.parentId === null && categories.some((child) => child.parentId === c.id))!;
    const childIds = new Set(categories.filter((c) => c.parentId === parent.id).map((c) => c.id));
    const list = await h.request({ url: `/api/v1/products?category=${parent.slug}&limit=100` });
    expect(list.body.total).toBeGreaterThan(0);
    for (const p of list.body.data as ProductJson[]) expect(childIds.has(p.categoryId!) || p.categoryId === parent.id).toBe(true);
    const byId = await h.request({ url: `/api/v1/products?category=${parent.id}&limit=1` });
    expect(byId.body.total).toBe(list.body.total);
    expect((await h.request({ url: '/api/v1/products?category=no-such-category' })).body.total).toBe(0);
  });

  it('when filtering by brand and price and sorting, then every product matches and the order holds', async () => {
    const some = (await h.request({ url: '/api/v1/products?limit=1' })).body.data[0] as ProductJson;
    const byBrand = await h.request({ url: `/api/v1/products?brand=${encodeURIComponent(some.brand)}&limit=100&sort=price_desc` });
    const prices = (byBrand.body.data as ProductJson[]).map((p) => p.price);
    expect((byBrand.body.data as ProductJson[]).every((p) => p.brand === some.brand)).toBe(true);
    expect(prices).toEqual([...prices].sort((a, b) => b - a));
    const ranged = await h.request({ url: '/api/v1/products?minPrice=50&maxPrice=100.5&limit=100&sort=price_asc' });
    const rangedPrices = (ranged.body.data as ProductJson[]).map((p) => p.price);
    expect(rangedPrices.every((p) => p >= 50 && p <= 100.5)).toBe(true);
    expect(rangedPrices).toEqual([...rangedPrices].sort((a, b) => a - b));
    const newest = (await h.request({ url: '/api/v1/products?sort=newest&limit=50' })).body.data as ProductJson[];
    expect(newest.map((p) => p.createdAt)).toEqual([...newest.map((p) => p.createdAt)].sort().reverse());
    const inverted = await h.request({ url: '/api/v1/products?minPrice=100&maxPrice=50' });
    expect(inverted.status).toBe(400);
  });

  it('when a query tries to smuggle an operator or an unknown parameter, then 400 and nothing leaks', async () => {
    expect((await h.request({ url: '/api/v1/products?brand[$ne]=x' })).status).toBe(400);
    expect((await h.request({ url: '/api/v1/products?color=red' })).status).toBe(400);
    expect((await h.request({ url: '/api/v1/products?price=abc' })).status).toBe(400);
    expect((await h.request({ url: '/api/v1/products?minPrice=1.234' })).status).toBe(400);
    const dollar = await h.request({ url: '/api/v1/products?brand=%7B%22%24ne%22%3Anull%7D' });
    expect(dollar.status).toBe(200);
    expect(dollar.body.total).toBe(0);
  });

  it('when a product is read by id or by slug, then the same product comes back; an unknown one is 404', async () => {
    const p = (await h.request({ url: '/api/v1/products?limit=1' })).body.data[0] as ProductJson;
    expect((await h.request({ url: `/api/v1/products/${p.id}` })).body).toEqual(p);
    expect((await h.request({ url: `/api/v1/products/${p.slug}` })).body).toEqual(p);
    const missing = await h.request({ url: '/api/v1/products/does-not-exist' });
    expect(missing.status).toBe(404);
    expect(missing.body.code).toBe('NOT_FOUND');
  });

  it('when searching with a typo, then headphones are found with facets that add up to the total', async () => {
    const result = await h.request({ url: '/api/v1/search?q=hedphones&limit=50' });
    expect(result.status).toBe(200);
    expect(result.body.total).toBeGreaterThanOrEqual(4);
    expect((result.body.data as ProductJson[]).filter((p) => /headphones/i.test(p.name)).length).toBeGreaterThanOrEqual(4);
    const sum = (facet: { count: number }[]) => facet.reduce((n, f) => n + f.count, 0);
    expect(sum(result.body.facets.brand)).toBe(result.body.total);
    expect(sum(result.body.facets.category)).toBe(result.body.total);
    expect(sum(result.body.facets.price)).toBe(result.body.total);
    expect(result.body.facets.category[0]).toEqual({
      value: expect.any(String),
      count: expect.any(Number),
      name: expect.any(String),
      slug: expect.any(String),
    });
    const brand = result.body.facets.brand[0].value as string;
    const filtered = await h.request({ url: `/api/v1/search?q=hedphones&brand=${encodeURIComponent(brand)}` });
    expect(filtered.body.total).toBe(result.body.facets.brand[0].count);
  });

  it('when typing a prefix, then up to 10 suggestions come back; an empty prefix is 400', async () => {
    const suggestions = await h.request({ url: '/api/v1/search/suggest?q=hea' });
    expect(suggestions.status).toBe(200);
    expect(suggestions.body.data.length).toBeGreaterThan(0);
    expect(suggestions.body.data.length).toBeLessThanOrEqual(10);
    expect((await h.request({ url: '/api/v1/search/suggest?q=' })).status).toBe(400);
  });

  it('when a category is read by slug, then it is returned; an unknown one is 404', async () => {
    const c = categories[0]!;
    expect((await h.request({ url: `/api/v1/categories/${c.slug}` })).body).toEqual(c);
    expect((await h.request({ url: '/api/v1/categories/nope' })).status).toBe(404);
  });
});
