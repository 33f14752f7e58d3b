import { openJournal, type Journal } from '@shop/db/journal';
import { DuplicateKeyError, type CatalogStore, type ProductChanges, type ProductQuery } from '../../domain/ports.js';
import type { Category, Product, ProductSort } from '../../domain/product.js';

type Operation =
  { op: 'product'; product: SerializedProduct } | { op: 'category'; category: Category } | { op: 'deleteCategory'; id: string };

type SerializedProduct = Omit<Product, 'createdAt' | 'updatedAt' | 'inventoryUpdatedAt'> & {
  createdAt: string;
  updatedAt: string;
  inventoryUpdatedAt: string | null;
};

const serialize = (p: Product): SerializedProduct => ({
  ...p,
  createdAt: p.createdAt.toISOString(),
  updatedAt: p.updatedAt.toISOString(),
  inventoryUpdatedAt: p.inventoryUpdatedAt?.toISOString() ?? null,
});

const deserialize = (p: SerializedProduct): Product => ({
  ...p,
  createdAt: new Date(p.createdAt),
  updatedAt: new Date(p.updatedAt),
  inventoryUpdatedAt: p.inventoryUpdatedAt ? new Date(p.inventoryUpdatedAt) : null,
});

/** Callers get copies: nobody outside mutates the store's records. */
/**
 * What the store keeps and hands out: a product frozen with its specifications, so callers share
 * it instead of copying it on every read (a change replaces the object, and caches keyed by the
 * object stay exact).
 */
const frozen = (p: Product): Product => Object.freeze({ ...p, specifications: Object.freeze({ ...p.specifications }) });

const COMPARATORS: Record<ProductSort, (a: Product, b: Product) => number> = {
  relevance: (a, b) => b.createdAt.getTime() - a.createdAt.getTime() || a.id.localeCompare(b.id),
  newest: (a, b) => b.createdAt.getTime() - a.createdAt.getTime() || a.id.localeCompare(b.id),
  price_asc: (a, b) => a.priceCents - b.priceCents || a.id.localeCompare(b.id),
  price_desc: (a, b) => b.priceCents - a.priceCents || a.id.localeCompare(b.id),
  name_asc: (a, b) => a.name.toLowerCase().localeCompare(b.name.toLowerCase()) || a.id.localeCompare(b.id),
};

const isText = (value: unknown): value is string => typeof value === 'string';

/**
 * The catalog kept in memory and on disk: every change is appended to a JSON-lines journal and
 * flushed before the call returns (@shop/db/journal); the journal is replayed and compacted at start. Lists are
 * served from sorted arrays kept per sort order and rebuilt after a change.
 */
export async function createEmbeddedStore(options: { path?: string | undefined }): Promise<CatalogStore> {
  const products = new Map<string, Product>();
  const productBySlug = new Map<string, string>();
  const productBySku = new Map<string, string>();
  const categories = new Map<string, Category>();
  const categoryBySlug = new Map<string, string>();
  const sorted = new Map<ProductSort, Product[]>();
  // Filtered lists by query (without paging), dropped on any product change: browsing repeats itself.
  const filtered = new Map<string, Product[]>();
  let journal: Journal<Operation> | undefined;

  function putProduct(p: Product) {
    const previous = products.get(p.id);
    if (previous) {
      productBySlug.delete(previous.slug);
      productBySku.delete(previous.sku);
    }
    products.set(p.id, p);
    productBySlug.set(p.slug, p.id);
    productBySku.set(p.sku, p.id);
    sorted.clear();
    filtered.clear();
  }

  function putCategory(c: Category) {
    const previous = categories.get(c.id);
    if (previous) categoryBySlug.delete(previous.slug);
    categories.set(c.id, c);
    categoryBySlug.set(c.slug, c.id);
  }

  function apply(operation: Operation) {
    if (operation.op === 'product') putProduct(frozen(deserialize(operation.product)));
    else if (operation.op === 'category') putCategory(operation.category);
    else {
      const c = categories.get(operation.id);
      if (c) categoryBySlug.delete(c.slug);
      categories.delete(operation.id);
    }
  }

  /** Resolves once the change is on disk (the journal groups concurrent writes into one flush). */
  function persist(operation: Operation): Promise<void> {
    return journal ? journal.append(operation) : Promise.resolve();
  }

  if (options.path) {
    journal = await openJournal<Operation>(options.path, apply, () => [
      ...[...categories.values()].map((category): Operation => ({ op: 'category', category })),
      ...[...products.values()].map((p): Operation => ({ op: 'product', product: serialize(p) })),
    ]);
  }

  function sortedBy(sort: ProductSort): Product[] {
    let list = sorted.get(sort);
    if (!list) {
      list = [...products.values()].sort(COMPARATORS[sort]);
      sorted.set(sort, list);
    }
    return list;
  }

  function checkUnique(p: Product) {
    const sku = productBySku.get(p.sku);
    if (sku !== undefined && sku !== p.id) throw new DuplicateKeyError('sku');
    const slug = productBySlug.get(p.slug);
    if (slug !== undefined && slug !== p.id) throw new DuplicateKeyError('slug');
  }

  return {
    async createProduct(product) {
      if (products.has(product.id)) throw new Error(`product ${product.id} exists`);
      checkUnique(product);
      const stored = frozen(product);
      putProduct(stored);
      await persist({ op: 'product', product: serialize(stored) });
    },

    async updateProduct(id, changes: ProductChanges, now) {
      const current = isText(id) ? products.get(id) : undefined;
      if (!current) return null;
      const next = frozen({ ...current, ...changes, updatedAt: now });
      checkUnique(next);
      putProduct(next);
      await persist({ op: 'product', product: serialize(next) });
      return next;
    },

    async getProduct(id) {
      const p = isText(id) ? products.get(id) : undefined;
      return p ?? null;
    },

    async getProductBySlug(slug) {
      const id = isText(slug) ? productBySlug.get(slug) : undefined;
      const p = id ? products.get(id) : undefined;
      return p ?? null;
    },

    async listProducts(query: ProductQuery) {
      if (query.brand !== undefined && !isText(query.brand)) return { items: [], total: 0 };
      const key = JSON.stringify([
        query.categoryIds,
        query.brand,
        query.minPriceCents,
        query.maxPriceCents,
        query.includeInactive,
        query.sort,
      ]);
      let matches = filtered.get(key);
      if (!matches) {
        const categoryIds = query.categoryIds ? new Set(query.categoryIds) : undefined;
        matches = sortedBy(query.sort).filter(
          (p) =>
            (query.includeInactive || p.isActive) &&
            (!categoryIds || (p.categoryId !== null && categoryIds.has(p.categoryId))) &&
            (query.brand === undefined || p.brand === query.brand) &&
            (query.minPriceCents === undefined || p.priceCents >= query.minPriceCents) &&
            (query.maxPriceCents === undefined || p.priceCents <= query.maxPriceCents),
        );
        if (filtered.size >= 500) filtered.clear();
        filtered.set(key, matches);
      }
      const start = (query.page - 1) * query.limit;
      return { items: matches.slice(start, start + query.limit), total: matches.length };
    },

    async *allProducts() {
      yield* [...products.values()];
    },

    async countProducts() {
      return products.size;
    },

    async countProductsInCategories(categoryIds) {
      const wanted = new Set(categoryIds);
      let n = 0;
      for (const p of products.values()) if (p.categoryId !== null && wanted.has(p.categoryId)) n++;
      return n;
    },

    async setInventory(sku, quantity, reportedAt) {
      const id = isText(sku) ? productBySku.get(sku) : undefined;
      const current = id ? products.get(id) : undefined;
      if (!current) return null;
      if (current.inventoryUpdatedAt && current.inventoryUpdatedAt.getTime() > reportedAt.getTime()) return null;
      const next = frozen({ ...current, inventoryQuantity: quantity, inventoryUpdatedAt: reportedAt });
      putProduct(next);
      await persist({ op: 'product', product: serialize(next) });
      return next;
    },

    async createCategory(category) {
      if (categoryBySlug.has(category.slug)) throw new DuplicateKeyError('slug');
      putCategory({ ...category });
      await persist({ op: 'category', category });
    },

    async updateCategory(id, changes) {
      const current = isText(id) ? categories.get(id) : undefined;
      if (!current) return null;
      const next: Category = { ...current, ...changes, id: current.id };
      const owner = categoryBySlug.get(next.slug);
      if (owner !== undefined && owner !== id) throw new DuplicateKeyError('slug');
      putCategory(next);
      await persist({ op: 'category', category: next });
      return { ...next };
    },

    async deleteCategory(id) {
      if (!isText(id) || !categories.has(id)) return false;
      apply({ op: 'deleteCategory', id });
      await persist({ op: 'deleteCategory', id });
      return true;
    },

    async getCategory(id) {
      const c = isText(id) ? categories.get(id) : undefined;
      return c ? { ...c } : null;
    },

    async getCategoryBySlug(slug) {
      const id = isText(slug) ? categoryBySlug.get(slug) : undefined;
      const c = id ? categories.get(id) : undefined;
      return c ? { ...c } : null;
    },

    async listCategories() {
      return [...categories.values()].map((c) => ({ ...c }));
    },

    async ping() {},
    async engine() {
      return 'embedded store';
    },

    async close() {
      await journal?.close();
      journal = undefined;
    },
  };
}
