import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SearchDocument, SearchIndex, SearchQuery } from '../../src/domain/ports.js';
import { categoryPath, type Category, type Product } from '../../src/domain/product.js';
import { product, shopFixture } from './fixtures.js';

export interface SearchFixture {
  index: SearchIndex;
  close(): Promise<void>;
}

export function documentOf(p: Product, categories: Category[]): SearchDocument {
  return {
    product: p,
    categoryName: categories.find((c) => c.id === p.categoryId)?.name ?? null,
    categoryPath: categoryPath(categories, p.categoryId),
  };
}

async function* iterate<T>(items: T[]): AsyncIterable<T> {
  for (const item of items) yield item;
}

/** The search port: the same relevance, filters, facets, sorting and paging from the embedded index and OpenSearch. */
export function searchContract(adapter: string, open: () => Promise<SearchFixture>): void {
  describe(`search index on ${adapter}`, () => {
    let fixture: SearchFixture;
    let index: SearchIndex;
    const shop = shopFixture();
    const q = (query: Partial<SearchQuery>) => index.search({ sort: 'relevance', page: 1, limit: 50, ...query });
    const names = async (query: Partial<SearchQuery>) => (await q(query)).items.map((p) => p.name);

    beforeAll(async () => {
      fixture = await open();
      index = fixture.index;
      const count = await index.rebuild(iterate(shop.products.map((p) => documentOf(p, shop.categories))));
      expect(count).toBe(shop.products.length);
    });
    afterAll(() => fixture?.close());

    it('when the query has a typo ("hedphones"), then headphones are found', async () => {
      const found = await names({ q: 'hedphones' });
      expect(found).toEqual(
        expect.arrayContaining(['Sony WH-1000XM5 Wireless Headphones', 'Bose QuietComfort 45 Headphones', 'JBL Tune 510BT Headphones']),
      );
      expect(found).not.toContain('Lodge Cast Iron Skillet');
    });

    it('when the query is a prefix ("head", "macb"), then words starting with it match', async () => {
      expect(await names({ q: 'head' })).toEqual(expect.arrayContaining(['Sennheiser HD 560S Headphones']));
      expect(await names({ q: 'macb' })).toEqual(['Apple MacBook Air 13 Laptop']);
    });

    it('when searching a brand, a category name or a word of the description, then those products come back', async () => {
      expect(await names({ q: 'breville' })).toEqual(['Breville Barista Express Espresso Machine']);
      expect((await names({ q: 'laptops' })).sort()).toEqual([
        'Apple MacBook Air 13 Laptop',
        'Dell XPS 13 Laptop',
        'Lenovo ThinkPad X1 Carbon',
      ]);
      expect(await names({ q: 'waterproof' })).toEqual(['JBL Flip 6 Portable Speaker']);
    });

    it('when a name matches, then it ranks above a product that only mentions the word in its description', async () => {
      const found = await names({ q: 'speaker' });
      expect(found.slice(0, 3).sort()).toEqual(['Bose SoundLink Flex Speaker', 'JBL Flip 6 Portable Speaker', 'Sonos Era 100 Speaker']);
    });

    it('when a product is inactive, then search never returns it', async () => {
      expect(await names({ q: 'walkman' })).toEqual([]);
      expect((await q({})).total).toBe(14);
    });

    it('when filtering by brand, then facet counts match the filtered total', async () => {
      // The earbuds match through their category's name, "Headphones".
      const result = await q({ q: 'headphones', brand: 'Sony' });
      expect(result.items.map((p) => p.brand)).toEqual(['Sony', 'Sony']);
      expect(result.total).toBe(2);
      expect(result.facets.brand).toEqual([{ value: 'Sony', count: 2 }]);
      expect(result.facets.category.reduce((n, f) => n + f.count, 0)).toBe(result.total);
      expect(result.facets.price.reduce((n, f) => n + f.count, 0)).toBe(result.total);
    });

    it('when not filtering, then facets count every brand, category and price bucket of the matches', async () => {
      const result = await q({ q: 'headphones' });
      expect(result.total).toBe(5);
      // Most frequent first, ties by name.
      expect(result.facets.brand).toEqual([
        { value: 'Sony', count: 2 },
        { value: 'Bose', count: 1 },
        { value: 'JBL', count: 1 },
        { value: 'Sennheiser', count: 1 },
      ]);
      expect(result.facets.category).toEqual([{ value: shop.ids.headphones.id, count: 5 }]);
      const prices = Object.fromEntries(result.facets.price.filter((b) => b.count > 0).map((b) => [b.from, b.count]));
      expect(prices).toEqual({ 25: 1, 100: 1, 250: 3 });
      expect(result.facets.price.map((b) => [b.from, b.to])).toEqual([
        [0, 25],
        [25, 50],
        [50, 100],
        [100, 250],
        [250, 500],
        [500, 1000],
        [1000, null],
      ]);
      const all = await q({});
      expect(all.facets.brand.slice(0, 3)).toEqual([
        { value: 'Bose', count: 2 },
        { value: 'JBL', count: 2 },
        { value: 'Sony', count: 2 },
      ]);
    });

    it('when filtering by a parent category, then products of its subcategories are included', async () => {
      const audio = await q({ categoryId: shop.ids.audio.id });
      expect(audio.total).toBe(8);
      const laptops = await q({ categoryId: shop.ids.laptops.id });
      expect(laptops.total).toBe(3);
    });

    it('when filtering by price, then both ends are inclusive', async () => {
      const result = await q({ minPriceCents: 12_995, maxPriceCents: 24_900, sort: 'price_asc' });
      expect(result.items.map((p) => p.priceCents)).toEqual([12_995, 14_900, 19_900, 24_900]);
    });

    it('when sorting, then every order is honoured', async () => {
      const prices = (await q({ sort: 'price_asc' })).items.map((p) => p.priceCents);
      expect(prices).toEqual([...prices].sort((a, b) => a - b));
      const desc = (await q({ sort: 'price_desc' })).items.map((p) => p.priceCents);
      expect(desc).toEqual([...desc].sort((a, b) => b - a));
      const newest = (await q({ sort: 'newest' })).items.map((p) => p.createdAt.getTime());
      expect(newest).toEqual([...newest].sort((a, b) => b - a));
      const byName = (await q({ sort: 'name_asc' })).items.map((p) => p.name.toLowerCase());
      expect(byName).toEqual([...byName].sort());
      const relevance = await names({ q: 'sony headphones' });
      expect(relevance[0]).toBe('Sony WH-1000XM5 Wireless Headphones');
    });

    it('when paging, then the total stays the same and pages partition the result', async () => {
      const seen: string[] = [];
      for (let page = 1; page <= 3; page++) {
        const result = await q({ sort: 'name_asc', page, limit: 6 });
        expect(result.total).toBe(14);
        seen.push(...result.items.map((p) => p.id));
      }
      expect(seen).toHaveLength(14);
      expect(new Set(seen).size).toBe(14);
      expect((await q({ sort: 'name_asc', page: 4, limit: 6 })).items).toEqual([]);
    });

    it('when suggesting, then names starting with the prefix come back, at most the limit, active only', async () => {
      const suggestions = await index.suggest('so', 10);
      expect(suggestions.map((s) => s.name)).toEqual(
        expect.arrayContaining(['Sony WH-1000XM5 Wireless Headphones', 'Sonos Era 100 Speaker']),
      );
      expect(suggestions.map((s) => s.name)).not.toContain('Retired Sony Walkman Headphones');
      expect(suggestions[0]).toEqual({ id: expect.any(String), name: expect.any(String), slug: expect.any(String) });
      expect(await index.suggest('s', 2)).toHaveLength(2);
      expect(await index.suggest('zzzz', 10)).toEqual([]);
    });

    it('when a product is changed or removed, then search reflects it at once', async () => {
      const kettle = product({ name: 'Stagg Pour-Over Kettle', brand: 'Fellow', priceCents: 16_500, categoryId: shop.ids.kitchen.id });
      await index.upsert(documentOf(kettle, shop.categories));
      expect(await names({ q: 'kettle' })).toEqual(['Stagg Pour-Over Kettle']);
      await index.upsert(documentOf({ ...kettle, name: 'Stagg EKG Electric Kettle' }, shop.categories));
      expect(await names({ q: 'kettle' })).toEqual(['Stagg EKG Electric Kettle']);
      await index.upsert(documentOf({ ...kettle, isActive: false }, shop.categories));
      expect(await names({ q: 'kettle' })).toEqual([]);
      await index.upsert(documentOf(kettle, shop.categories));
      await index.remove(kettle.id);
      expect(await names({ q: 'kettle' })).toEqual([]);
    });

    it('when many products are written at once, then all are searchable when it answers, and a second write replaces them', async () => {
      const kettles = Array.from({ length: 30 }, (_, i) =>
        product({ name: `Batch Kettle ${i}`, brand: 'Fellow', priceCents: 10_000 + i, categoryId: shop.ids.kitchen.id }),
      );
      await index.upsertMany(kettles.map((k) => documentOf(k, shop.categories)));
      expect((await q({ q: 'batch kettle' })).total).toBe(30);
      const renamed = kettles.map((k) => ({
        ...k,
        name: k.name.replace('Kettle', 'Teapot'),
        updatedAt: new Date(k.updatedAt.getTime() + 60_000),
      }));
      await index.upsertMany(renamed.map((k) => documentOf(k, shop.categories)));
      expect((await q({ q: 'batch teapot' })).total).toBe(30);
      expect(await names({ q: 'batch kettle' })).not.toContain('Batch Kettle 7');
      await index.upsertMany([]);
      await Promise.all(kettles.map((k) => index.remove(k.id)));
      expect((await q({ q: 'batch teapot' })).total).toBe(0);
    });

    it('when a product changes while the index is being rebuilt, then the change survives the rebuild', async () => {
      const stale = shop.products.map((p) => documentOf(p, shop.categories));
      const target = shop.products[12]!; // the salad spinner, read by the rebuild before it changes
      // The rebuild stops before the spinner's stale copy until the change is in: a gate, not a guess at timing.
      let reached!: () => void;
      let release!: () => void;
      const atTarget = new Promise<void>((r) => (reached = r));
      const changed = new Promise<void>((r) => (release = r));
      async function* pausedAtTarget() {
        for (const doc of stale) {
          if (doc.product.id === target.id) {
            reached();
            await changed;
          }
          yield doc;
        }
      }
      const rebuilding = index.rebuild(pausedAtTarget());
      await atTarget;
      const renamed = { ...target, name: 'OXO Good Grips Herb Spinner', updatedAt: new Date(target.updatedAt.getTime() + 60_000) };
      await index.upsert(documentOf(renamed, shop.categories));
      release();
      await rebuilding;
      expect(await names({ q: 'herb spinner' })).toEqual(['OXO Good Grips Herb Spinner']);
      await index.upsert(documentOf({ ...target, updatedAt: new Date(target.updatedAt.getTime() + 120_000) }, shop.categories));
    });

    it('when the index is rebuilt from a smaller set, then what is no longer there disappears', async () => {
      const keep = shop.products.slice(0, 3);
      expect(await index.rebuild(iterate(keep.map((p) => documentOf(p, shop.categories))))).toBe(3);
      expect((await q({})).total).toBe(3);
      await index.rebuild(iterate(shop.products.map((p) => documentOf(p, shop.categories))));
      expect((await q({})).total).toBe(14);
    });
  });
}
