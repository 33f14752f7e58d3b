import type { Category, Product, ProductSort } from './product.js';

export interface ProductQuery {
  /** Restrict to these category ids (a category and its descendants); absent: all. */
  categoryIds?: string[] | undefined;
  brand?: string | undefined;
  minPriceCents?: number | undefined;
  maxPriceCents?: number | undefined;
  includeInactive: boolean;
  sort: ProductSort;
  page: number;
  limit: number;
}

export type ProductChanges = Partial<
  Pick<
    Product,
    'sku' | 'name' | 'slug' | 'description' | 'priceCents' | 'categoryId' | 'brand' | 'imageUrl' | 'specifications' | 'isActive'
  >
>;

/** A unique value (sku or slug) already belongs to another record. */
export class DuplicateKeyError extends Error {
  constructor(readonly field: 'sku' | 'slug') {
    super(`duplicate ${field}`);
    this.name = 'DuplicateKeyError';
  }
}

/**
 * Products and categories. Values from clients reach the store only as typed primitives, never
 * as query objects. `sku` and `slug` are unique among products; `slug` among categories.
 */
export interface CatalogStore {
  createProduct(product: Product): Promise<void>;
  updateProduct(id: string, changes: ProductChanges, now: Date): Promise<Product | null>;
  getProduct(id: string): Promise<Product | null>;
  getProductBySlug(slug: string): Promise<Product | null>;
  listProducts(query: ProductQuery): Promise<{ items: Product[]; total: number }>;
  /** Every product, for rebuilding the search index. */
  allProducts(): AsyncIterable<Product>;
  countProducts(): Promise<number>;
  countProductsInCategories(categoryIds: string[]): Promise<number>;
  /** Sets the displayed stock of a sku unless a newer report was already applied; returns the product when changed. */
  setInventory(sku: string, quantity: number, reportedAt: Date): Promise<Product | null>;

  createCategory(category: Category): Promise<void>;
  updateCategory(id: string, changes: Partial<Omit<Category, 'id'>>): Promise<Category | null>;
  deleteCategory(id: string): Promise<boolean>;
  getCategory(id: string): Promise<Category | null>;
  getCategoryBySlug(slug: string): Promise<Category | null>;
  listCategories(): Promise<Category[]>;

  ping(): Promise<void>;
  /** The engine behind this port and its version, asked from it (readiness names it). */
  engine(): Promise<string>;
  close(): Promise<void>;
}

/** What the search index holds per product: the product plus what it is searched and filtered by. */
export interface SearchDocument {
  product: Product;
  categoryName: string | null;
  /** The product's category and its ancestors, so filtering by a parent finds it. */
  categoryPath: string[];
}

export interface SearchQuery {
  q?: string | undefined;
  /** Matches products whose category path contains this id. */
  categoryId?: string | undefined;
  brand?: string | undefined;
  minPriceCents?: number | undefined;
  maxPriceCents?: number | undefined;
  sort: ProductSort;
  page: number;
  limit: number;
}

export interface PriceBucket {
  /** Major units; `to` is exclusive, null for the open top bucket. */
  from: number;
  to: number | null;
  count: number;
}

export interface SearchResult {
  items: Product[];
  total: number;
  facets: {
    brand: { value: string; count: number }[];
    /** Category id → count, over the products' own categories. */
    category: { value: string; count: number }[];
    price: PriceBucket[];
  };
}

/** Price buckets shared by both adapters, in cents. */
export const PRICE_BUCKETS: readonly { from: number; to: number | null }[] = [
  { from: 0, to: 2_500 },
  { from: 2_500, to: 5_000 },
  { from: 5_000, to: 10_000 },
  { from: 10_000, to: 25_000 },
  { from: 25_000, to: 50_000 },
  { from: 50_000, to: 100_000 },
  { from: 100_000, to: null },
];

/**
 * Full-text search over active products: name, brand, description and category name, with
 * typo tolerance and prefix matching; filters, facets over the filtered result, sorting, paging.
 */
export interface SearchIndex {
  upsert(document: SearchDocument): Promise<void>;
  /** Several at once, as few writes as the engine allows: searchable together when it answers. */
  upsertMany(documents: readonly SearchDocument[]): Promise<void>;
  remove(productId: string): Promise<void>;
  /** Replaces the whole index (atomically where the engine allows); returns how many were indexed. */
  rebuild(documents: AsyncIterable<SearchDocument>, onProgress?: (indexed: number) => void): Promise<number>;
  search(query: SearchQuery): Promise<SearchResult>;
  /** Active products whose name starts with (or has a word starting with) the prefix; at most `limit`. */
  suggest(prefix: string, limit: number): Promise<{ id: string; name: string; slug: string }[]>;
  ping(): Promise<void>;
  /** The engine behind this port and its version, asked from it (readiness names it). */
  engine(): Promise<string>;
  close(): Promise<void>;
}
