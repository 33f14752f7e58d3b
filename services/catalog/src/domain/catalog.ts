import {
  DuplicateKeyError,
  type CatalogStore,
  type ProductChanges,
  type SearchDocument,
  type SearchIndex,
  type SearchResult,
} from './ports.js';
import {
  CategoryCycleError,
  CategoryInUseError,
  CategoryNotFoundError,
  DuplicateCategoryError,
  DuplicateProductError,
  ProductNotFoundError,
  UnknownCategoryError,
} from './errors.js';
import { OBJECT_ID, newObjectId } from './ids.js';
import { categoryPath, slugify, withDescendants, type Category, type Product, type ProductSort, type Specifications } from './product.js';

export interface CatalogDeps {
  store: CatalogStore;
  index: SearchIndex;
  clock: { now(): Date };
}

export interface ProductInput {
  sku: string;
  name: string;
  slug?: string | undefined;
  description?: string | undefined;
  priceCents: number;
  categoryId?: string | null | undefined;
  brand?: string | undefined;
  imageUrl?: string | null | undefined;
  specifications?: Specifications | undefined;
  isActive?: boolean | undefined;
}

export interface ListFilters {
  /** Category id or slug; its subcategories are included. */
  category?: string | undefined;
  brand?: string | undefined;
  minPriceCents?: number | undefined;
  maxPriceCents?: number | undefined;
  sort: ProductSort;
  page: number;
  limit: number;
}

export interface CategoryInput {
  name: string;
  slug?: string | undefined;
  description?: string | undefined;
  parentId?: string | null | undefined;
}

function rethrowDuplicate(error: unknown): never {
  if (error instanceof DuplicateKeyError) throw new DuplicateProductError(error.field);
  throw error;
}

/**
 * The catalog's use cases. Every write goes to the store, then to the search index, before it
 * returns, so what an admin changes is searchable at once.
 */
export function makeCatalog({ store, index, clock }: CatalogDeps) {
  async function documentFor(product: Product, categories?: Category[]): Promise<SearchDocument> {
    const all = categories ?? (await store.listCategories());
    return {
      product,
      categoryName: all.find((c) => c.id === product.categoryId)?.name ?? null,
      categoryPath: categoryPath(all, product.categoryId),
    };
  }

  async function resolveCategory(idOrSlug: string): Promise<Category | null> {
    return (OBJECT_ID.test(idOrSlug) ? await store.getCategory(idOrSlug) : null) ?? (await store.getCategoryBySlug(idOrSlug));
  }

  async function requireCategory(id: string | null | undefined, path: string): Promise<void> {
    if (id === null || id === undefined) return;
    if (!(await store.getCategory(id))) throw new UnknownCategoryError(path);
  }

  /** One write for all the products under these categories (on OpenSearch, one refresh, not one per product). */
  async function reindexCategory(categoryIds: string[]): Promise<void> {
    const categories = await store.listCategories();
    const wanted = new Set(categoryIds);
    const documents: SearchDocument[] = [];
    for await (const product of store.allProducts()) {
      if (product.categoryId !== null && wanted.has(product.categoryId)) documents.push(await documentFor(product, categories));
    }
    await index.upsertMany(documents);
  }

  /** Ids are 24 hex digits; anything else can only be a slug (one store read, not two). */
  async function findProduct(idOrSlug: string): Promise<Product | null> {
    return (OBJECT_ID.test(idOrSlug) ? await store.getProduct(idOrSlug) : null) ?? (await store.getProductBySlug(idOrSlug));
  }

  const catalog = {
    async getProduct(idOrSlug: string, options: { includeInactive: boolean }): Promise<Product> {
      const product = await findProduct(idOrSlug);
      if (!product || (!product.isActive && !options.includeInactive)) throw new ProductNotFoundError();
      return product;
    },

    /** Several products by id or slug (an order's lines), in the order asked; the missing ones are left out. */
    async lookupProducts(idsOrSlugs: string[], options: { includeInactive: boolean }): Promise<Product[]> {
      const found = await Promise.all(idsOrSlugs.map(findProduct));
      return found.filter((p): p is Product => p !== null && (p.isActive || options.includeInactive));
    },

    async listProducts(filters: ListFilters, options: { includeInactive: boolean }): Promise<{ items: Product[]; total: number }> {
      let categoryIds: string[] | undefined;
      if (filters.category !== undefined) {
        const category = await resolveCategory(filters.category);
        if (!category) return { items: [], total: 0 };
        categoryIds = withDescendants(await store.listCategories(), category.id);
      }
      return store.listProducts({
        categoryIds,
        brand: filters.brand,
        minPriceCents: filters.minPriceCents,
        maxPriceCents: filters.maxPriceCents,
        includeInactive: options.includeInactive,
        sort: filters.sort,
        page: filters.page,
        limit: filters.limit,
      });
    },

    async search(query: ListFilters & { q?: string | undefined }): Promise<SearchResult> {
      let categoryId: string | undefined;
      if (query.category !== undefined) {
        const category = await resolveCategory(query.category);
        if (!category) return { items: [], total: 0, facets: { brand: [], category: [], price: [] } };
        categoryId = category.id;
      }
      return index.search({
        q: query.q,
        categoryId,
        brand: query.brand,
        minPriceCents: query.minPriceCents,
        maxPriceCents: query.maxPriceCents,
        sort: query.sort,
        page: query.page,
        limit: query.limit,
      });
    },

    suggest(prefix: string, limit = 10) {
      return index.suggest(prefix, limit);
    },

    async createProduct(input: ProductInput): Promise<Product> {
      await requireCategory(input.categoryId, '/categoryId');
      const now = clock.now();
      const product: Product = {
        id: newObjectId(now),
        sku: input.sku.trim(),
        name: input.name.trim(),
        slug: input.slug ?? slugify(input.name),
        description: input.description ?? '',
        priceCents: input.priceCents,
        categoryId: input.categoryId ?? null,
        brand: input.brand?.trim() ?? '',
        imageUrl: input.imageUrl ?? null,
        specifications: input.specifications ?? {},
        isActive: input.isActive ?? true,
        inventoryQuantity: 0,
        inventoryUpdatedAt: null,
        createdAt: now,
        updatedAt: now,
      };
      await store.createProduct(product).catch(rethrowDuplicate);
      await index.upsert(await documentFor(product));
      return product;
    },

    async updateProduct(id: string, changes: ProductChanges): Promise<Product> {
      if (changes.categoryId !== undefined) await requireCategory(changes.categoryId, '/categoryId');
      const updated = await store.updateProduct(id, changes, clock.now()).catch(rethrowDuplicate);
      if (!updated) throw new ProductNotFoundError();
      await index.upsert(await documentFor(updated));
      return updated;
    },

    /** Soft delete: the product leaves listings and search but its orders still reference it. */
    async deactivateProduct(id: string): Promise<void> {
      await catalog.updateProduct(id, { isActive: false });
    },

    /** Keeps the displayed stock in step with inventory; an older report than the last applied is ignored. */
    async applyInventory(sku: string, availableQuantity: number, reportedAt: Date): Promise<boolean> {
      const updated = await store.setInventory(sku, availableQuantity, reportedAt);
      if (!updated) return false;
      await index.upsert(await documentFor(updated));
      return true;
    },

    listCategories(): Promise<Category[]> {
      return store.listCategories();
    },

    async getCategory(idOrSlug: string): Promise<Category> {
      const category = await resolveCategory(idOrSlug);
      if (!category) throw new CategoryNotFoundError();
      return category;
    },

    async createCategory(input: CategoryInput): Promise<Category> {
      await requireCategory(input.parentId, '/parentId');
      const category: Category = {
        id: newObjectId(clock.now()),
        name: input.name.trim(),
        slug: input.slug ?? slugify(input.name),
        description: input.description ?? '',
        parentId: input.parentId ?? null,
      };
      await store.createCategory(category).catch((error: unknown) => {
        if (error instanceof DuplicateKeyError) throw new DuplicateCategoryError();
        throw error;
      });
      return category;
    },

    async updateCategory(id: string, changes: Partial<CategoryInput>): Promise<Category> {
      const current = await store.getCategory(id);
      if (!current) throw new CategoryNotFoundError();
      if (changes.parentId) {
        await requireCategory(changes.parentId, '/parentId');
        if (withDescendants(await store.listCategories(), id).includes(changes.parentId)) throw new CategoryCycleError();
      }
      const updated = await store
        .updateCategory(id, {
          ...(changes.name !== undefined ? { name: changes.name.trim() } : {}),
          ...(changes.slug !== undefined ? { slug: changes.slug } : {}),
          ...(changes.description !== undefined ? { description: changes.description } : {}),
          ...(changes.parentId !== undefined ? { parentId: changes.parentId } : {}),
        })
        .catch((error: unknown) => {
          if (error instanceof DuplicateKeyError) throw new DuplicateCategoryError();
          throw error;
        });
      if (!updated) throw new CategoryNotFoundError();
      // Products are searched by their category's name and filtered by its ancestors.
      if (updated.name !== current.name || updated.parentId !== current.parentId) {
        await reindexCategory(withDescendants(await store.listCategories(), id));
      }
      return updated;
    },

    /** Refused while products or subcategories use it, so nothing is left pointing nowhere. */
    async deleteCategory(id: string): Promise<void> {
      if (!(await store.getCategory(id))) throw new CategoryNotFoundError();
      const children = (await store.listCategories()).filter((c) => c.parentId === id).length;
      const products = await store.countProductsInCategories([id]);
      if (children > 0 || products > 0) throw new CategoryInUseError(products, children);
      await store.deleteCategory(id);
    },

    /** Rebuilds the whole search index from the store. */
    async reindex(onProgress?: (indexed: number) => void): Promise<number> {
      const categories = await store.listCategories();
      async function* documents() {
        for await (const product of store.allProducts()) yield await documentFor(product, categories);
      }
      return index.rebuild(documents(), onProgress);
    },
  };
  return catalog;
}

export type Catalog = ReturnType<typeof makeCatalog>;
