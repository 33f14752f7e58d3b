import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DuplicateKeyError, type CatalogStore } from '../../src/domain/ports.js';
import type { Product } from '../../src/domain/product.js';
import { category, product, shopFixture } from './fixtures.js';

export interface StoreFixture {
  /** Opens the store on the test's data; opened again after a close, as a restart does. */
  open(): Promise<CatalogStore>;
  /** Removes the test's data once the store is closed. */
  drop?(): Promise<void>;
}

/** The catalog store port: the same behaviour from the embedded store and MongoDB. */
export function storeContract(adapter: string, setup: () => StoreFixture): void {
  describe(`catalog store on ${adapter}`, () => {
    let fixture: StoreFixture;
    let store: CatalogStore;
    const shop = shopFixture();

    beforeAll(async () => {
      fixture = setup();
      store = await fixture.open();
      for (const c of shop.categories) await store.createCategory(c);
      for (const p of shop.products) await store.createProduct(p);
    });
    afterAll(async () => {
      await store?.close();
      await fixture?.drop?.();
    });

    it('when a product is created, then it is found by id and slug with every field intact', async () => {
      const p = product({
        name: 'Field Test Kettle',
        specifications: { Capacity: '1.7 l', Cordless: true, Watts: 2200 },
        imageUrl: '/img/k.svg',
      });
      await store.createProduct(p);
      expect(await store.getProduct(p.id)).toEqual(p);
      expect(await store.getProductBySlug(p.slug)).toEqual(p);
      expect(await store.getProduct('no-such-id')).toBeNull();
    });

    it('when a sku or slug is taken, then creating fails naming the field and nothing is stored', async () => {
      const first = product({ name: 'Unique Lamp' });
      await store.createProduct(first);
      const sameSku = product({ name: 'Other Lamp', sku: first.sku });
      const sameSlug = product({ name: 'Unique Lamp' });
      await expect(store.createProduct(sameSku)).rejects.toEqual(new DuplicateKeyError('sku'));
      await expect(store.createProduct(sameSlug)).rejects.toEqual(new DuplicateKeyError('slug'));
      expect(await store.getProduct(sameSku.id)).toBeNull();
      expect(await store.getProduct(sameSlug.id)).toBeNull();
    });

    it('when a product is updated, then the changes and the new updatedAt are kept; a taken sku is refused', async () => {
      const p = product({ name: 'Update Me Mug' });
      const other = product({ name: 'Other Mug' });
      await store.createProduct(p);
      await store.createProduct(other);
      const later = new Date(p.updatedAt.getTime() + 5_000);
      const updated = await store.updateProduct(p.id, { name: 'Updated Mug', priceCents: 1_250, specifications: { Color: 'blue' } }, later);
      expect(updated).toMatchObject({
        name: 'Updated Mug',
        priceCents: 1_250,
        specifications: { Color: 'blue' },
        sku: p.sku,
        updatedAt: later,
      });
      expect(await store.getProduct(p.id)).toEqual(updated);
      await expect(store.updateProduct(p.id, { sku: other.sku }, later)).rejects.toEqual(new DuplicateKeyError('sku'));
      expect(await store.updateProduct('no-such-id', { name: 'x' }, later)).toBeNull();
    });

    it('when lookups receive an operator object instead of text, then they match nothing', async () => {
      const injected = { $ne: null } as unknown as string;
      expect(await store.getProductBySlug(injected)).toBeNull();
      expect(await store.getProduct(injected)).toBeNull();
      expect(await store.getCategoryBySlug(injected)).toBeNull();
      const list = await store.listProducts({ brand: injected, includeInactive: true, sort: 'newest', page: 1, limit: 100 });
      expect(list.total).toBe(0);
    });

    it('when listing by category, brand and price, then only matching active products come back with the right total', async () => {
      const { headphones, speakers, audio } = shop.ids;
      const audioIds = [audio.id, headphones.id, speakers.id];
      const all = await store.listProducts({ categoryIds: audioIds, includeInactive: false, sort: 'price_asc', page: 1, limit: 100 });
      expect(all.total).toBe(8);
      const sony = await store.listProducts({
        categoryIds: audioIds,
        brand: 'Sony',
        includeInactive: false,
        sort: 'price_asc',
        page: 1,
        limit: 100,
      });
      expect(sony.items.map((p) => p.name)).toEqual(['Sony WF-1000XM4 Earbuds', 'Sony WH-1000XM5 Wireless Headphones']);
      const withInactive = await store.listProducts({
        categoryIds: audioIds,
        brand: 'Sony',
        includeInactive: true,
        sort: 'price_asc',
        page: 1,
        limit: 100,
      });
      expect(withInactive.total).toBe(3);
      const ranged = await store.listProducts({
        categoryIds: audioIds,
        minPriceCents: 12_995,
        maxPriceCents: 24_900,
        includeInactive: false,
        sort: 'price_asc',
        page: 1,
        limit: 100,
      });
      expect(ranged.items.map((p) => p.priceCents)).toEqual([12_995, 14_900, 19_900, 24_900]);
    });

    it('when listing with each sort order and page, then the order is right and pages partition the result', async () => {
      const base = { categoryIds: shop.categories.map((c) => c.id), includeInactive: false, page: 1, limit: 100 } as const;
      const byPriceAsc = (await store.listProducts({ ...base, sort: 'price_asc' })).items.map((p) => p.priceCents);
      expect(byPriceAsc).toEqual([...byPriceAsc].sort((a, b) => a - b));
      const byPriceDesc = (await store.listProducts({ ...base, sort: 'price_desc' })).items.map((p) => p.priceCents);
      expect(byPriceDesc).toEqual([...byPriceDesc].sort((a, b) => b - a));
      const newest = (await store.listProducts({ ...base, sort: 'newest' })).items.map((p) => p.createdAt.getTime());
      expect(newest).toEqual([...newest].sort((a, b) => b - a));
      const byName = (await store.listProducts({ ...base, sort: 'name_asc' })).items.map((p) => p.name.toLowerCase());
      expect(byName).toEqual([...byName].sort());
      const pages: Product[] = [];
      for (let page = 1; page <= 3; page++) {
        const result = await store.listProducts({ ...base, sort: 'name_asc', page, limit: 5 });
        expect(result.total).toBe(14);
        pages.push(...result.items);
      }
      expect(pages.map((p) => p.id)).toEqual((await store.listProducts({ ...base, sort: 'name_asc' })).items.map((p) => p.id));
    });

    it('when inventory reports arrive out of order, then the newest report wins', async () => {
      const p = product({ name: 'Stocked Teapot' });
      await store.createProduct(p);
      const t1 = new Date('2026-02-01T10:00:00Z');
      const t2 = new Date('2026-02-01T10:00:05Z');
      expect((await store.setInventory(p.sku, 7, t2))?.inventoryQuantity).toBe(7);
      expect(await store.setInventory(p.sku, 3, t1)).toBeNull();
      expect((await store.getProduct(p.id))?.inventoryQuantity).toBe(7);
      expect(await store.setInventory('NO-SUCH-SKU', 1, t2)).toBeNull();
    });

    it('when categories are created, changed and deleted, then lookups follow; a taken slug is refused', async () => {
      const c = category('Garden');
      await store.createCategory(c);
      expect(await store.getCategory(c.id)).toEqual(c);
      expect(await store.getCategoryBySlug('garden')).toEqual(c);
      await expect(store.createCategory(category('Garden'))).rejects.toEqual(new DuplicateKeyError('slug'));
      const renamed = await store.updateCategory(c.id, { name: 'Garden & Patio', description: 'Outside' });
      expect(renamed).toEqual({ ...c, name: 'Garden & Patio', description: 'Outside' });
      expect((await store.listCategories()).map((x) => x.id)).toContain(c.id);
      expect(await store.deleteCategory(c.id)).toBe(true);
      expect(await store.deleteCategory(c.id)).toBe(false);
      expect(await store.getCategory(c.id)).toBeNull();
    });

    it('when counting products in categories and iterating all products, then every stored product is seen', async () => {
      expect(await store.countProductsInCategories([shop.ids.kitchen.id])).toBe(3);
      expect(await store.countProductsInCategories([shop.ids.headphones.id, shop.ids.speakers.id])).toBe(9);
      const seen: string[] = [];
      for await (const p of store.allProducts()) seen.push(p.id);
      expect(seen.length).toBe(await store.countProducts());
      for (const p of shop.products) expect(seen).toContain(p.id);
    });

    it('when the store is opened again on the same data (a restart), then it opens and keeps every product and category', async () => {
      const before = { products: await store.countProducts(), categories: (await store.listCategories()).length };
      await store.close();
      store = await fixture.open();
      expect({ products: await store.countProducts(), categories: (await store.listCategories()).length }).toEqual(before);
      const first = shop.products[0]!;
      expect((await store.getProductBySlug(first.slug))?.id).toBe(first.id);
      // The unique indexes still hold after the restart.
      await expect(store.createProduct(product({ name: 'Restarted Lamp', sku: first.sku }))).rejects.toEqual(new DuplicateKeyError('sku'));
    });
  });
}
