import MiniSearch from 'minisearch';
import { PRICE_BUCKETS, type SearchDocument, type SearchIndex, type SearchQuery, type SearchResult } from '../../domain/ports.js';
import type { Product, ProductSort } from '../../domain/product.js';

interface Indexed {
  id: string;
  name: string;
  brand: string;
  description: string;
  categoryName: string;
}

const FIELDS = ['name', 'brand', 'description', 'categoryName'] as const;
const BOOST = { name: 3, brand: 2, categoryName: 1.5, description: 1 };

const SORTS: Record<Exclude<ProductSort, 'relevance'>, (a: Product, b: Product) => number> = {
  newest: (a, b) => b.createdAt.getTime() - a.createdAt.getTime() || a.id.localeCompare(b.id),
  price_asc: (a, b) => a.priceCents - b.priceCents || a.id.localeCompare(b.id),
  price_desc: (a, b) => b.priceCents - a.priceCents || a.id.localeCompare(b.id),
  name_asc: (a, b) => a.name.toLowerCase().localeCompare(b.name.toLowerCase()) || a.id.localeCompare(b.id),
};

function newMiniSearch(): MiniSearch<Indexed> {
  return new MiniSearch<Indexed>({
    fields: [...FIELDS],
    storeFields: [],
    searchOptions: {
      boost: BOOST,
      prefix: true,
      // One typo from 5 letters on, two from 10: "hedphones" finds "headphones".
      fuzzy: (term) => (term.length >= 10 ? 2 : term.length >= 5 ? 1 : false),
      combineWith: 'AND',
    },
  });
}

function toIndexed(doc: SearchDocument): Indexed {
  const p = doc.product;
  return { id: p.id, name: p.name, brand: p.brand, description: p.description, categoryName: doc.categoryName ?? '' };
}

function ranked(counts: Map<string, number>): { value: string; count: number }[] {
  return [...counts.entries()]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
}

/** Brand, category and price facets in one pass over the matches. */
function facetsOf(found: readonly SearchDocument[]): SearchResult['facets'] {
  const brands = new Map<string, number>();
  const categories = new Map<string, number>();
  const prices = PRICE_BUCKETS.map(() => 0);
  for (const { product } of found) {
    brands.set(product.brand, (brands.get(product.brand) ?? 0) + 1);
    if (product.categoryId !== null) categories.set(product.categoryId, (categories.get(product.categoryId) ?? 0) + 1);
    const bucket = PRICE_BUCKETS.findIndex((b) => product.priceCents >= b.from && (b.to === null || product.priceCents < b.to));
    if (bucket >= 0) prices[bucket]!++;
  }
  return {
    brand: ranked(brands),
    category: ranked(categories),
    price: PRICE_BUCKETS.map((b, i) => ({ from: b.from / 100, to: b.to === null ? null : b.to / 100, count: prices[i]! })),
  };
}

/**
 * The in-process search index of the embedded run (MiniSearch): rebuilt from the store at start
 * and updated on every write. Facets are counted over the filtered matches, so they always add
 * up to the total.
 */
const versionOf = (doc: SearchDocument) => Math.max(doc.product.updatedAt.getTime(), doc.product.inventoryUpdatedAt?.getTime() ?? 0);

export interface EmbeddedSearchIndexOptions {
  /** Answers kept for repeated searches until the next write (default 1,000; 0 turns the cache off). */
  cacheSize?: number;
}

export function createEmbeddedSearchIndex(options: EmbeddedSearchIndexOptions = {}): SearchIndex {
  const cacheSize = options.cacheSize ?? 1_000;
  let mini = newMiniSearch();
  let docs = new Map<string, SearchDocument>();
  const cache = new Map<string, SearchResult>();
  // Writes that happen while a rebuild runs, replayed onto the rebuilt index (null: removed).
  let duringRebuild: Map<string, SearchDocument | null> | undefined;

  function put(target: { mini: MiniSearch<Indexed>; docs: Map<string, SearchDocument> }, document: SearchDocument) {
    if (target.docs.has(document.product.id)) target.mini.discard(document.product.id);
    target.docs.set(document.product.id, document);
    target.mini.add(toIndexed(document));
  }

  function matches(doc: SearchDocument, query: SearchQuery): boolean {
    const p = doc.product;
    return (
      p.isActive &&
      (query.brand === undefined || p.brand === query.brand) &&
      (query.categoryId === undefined || doc.categoryPath.includes(query.categoryId)) &&
      (query.minPriceCents === undefined || p.priceCents >= query.minPriceCents) &&
      (query.maxPriceCents === undefined || p.priceCents <= query.maxPriceCents)
    );
  }

  return {
    async upsert(document) {
      cache.clear();
      put({ mini, docs }, document);
      duringRebuild?.set(document.product.id, document);
    },

    async upsertMany(documents) {
      cache.clear();
      for (const document of documents) {
        put({ mini, docs }, document);
        duringRebuild?.set(document.product.id, document);
      }
    },

    async remove(productId) {
      cache.clear();
      duringRebuild?.set(productId, null);
      if (!docs.has(productId)) return;
      mini.discard(productId);
      docs.delete(productId);
    },

    async rebuild(documents, onProgress) {
      const next = { mini: newMiniSearch(), docs: new Map<string, SearchDocument>() };
      const writes = new Map<string, SearchDocument | null>();
      duringRebuild = writes;
      try {
        for await (const doc of documents) {
          put(next, doc);
          if (onProgress && next.docs.size % 100 === 0) onProgress(next.docs.size);
        }
      } finally {
        duringRebuild = undefined;
      }
      // The rebuild may have read a product before it changed: newer writes win.
      for (const [id, doc] of writes) {
        const rebuilt = next.docs.get(id);
        if (doc === null) {
          if (rebuilt) {
            next.mini.discard(id);
            next.docs.delete(id);
          }
        } else if (!rebuilt || versionOf(doc) >= versionOf(rebuilt)) {
          put(next, doc);
        }
      }
      onProgress?.(next.docs.size);
      mini = next.mini;
      docs = next.docs;
      cache.clear();
      return docs.size;
    },

    async search(query): Promise<SearchResult> {
      // Popular searches repeat; an answer holds until the next write changes the index.
      const key = JSON.stringify([
        query.q?.trim().toLowerCase(),
        query.categoryId,
        query.brand,
        query.minPriceCents,
        query.maxPriceCents,
        query.sort,
        query.page,
        query.limit,
      ]);
      const cached = cache.get(key);
      if (cached) {
        cache.delete(key);
        cache.set(key, cached);
        return cached;
      }
      let found: SearchDocument[];
      const text = query.q?.trim();
      if (text) {
        found = [];
        for (const hit of mini.search(text)) {
          const doc = docs.get(hit.id as string);
          if (doc && matches(doc, query)) found.push(doc);
        }
        // MiniSearch ranks by score; equal scores keep a stable order.
        if (query.sort !== 'relevance') found.sort((a, b) => SORTS[query.sort as keyof typeof SORTS](a.product, b.product));
      } else {
        found = [...docs.values()].filter((doc) => matches(doc, query));
        const sort = query.sort === 'relevance' ? SORTS.newest : SORTS[query.sort];
        found.sort((a, b) => sort(a.product, b.product));
      }
      const start = (query.page - 1) * query.limit;
      const result: SearchResult = {
        items: found.slice(start, start + query.limit).map((d) => d.product),
        total: found.length,
        facets: facetsOf(found),
      };
      if (cacheSize === 0) return result;
      if (cache.size >= cacheSize) cache.delete(cache.keys().next().value!);
      cache.set(key, result);
      return result;
    },

    async suggest(prefix, limit) {
      const text = prefix.trim();
      if (!text) return [];
      const out: { id: string; name: string; slug: string }[] = [];
      for (const hit of mini.search(text, { fields: ['name', 'brand'], prefix: true, fuzzy: false, combineWith: 'AND' })) {
        const doc = docs.get(hit.id as string);
        if (!doc?.product.isActive) continue;
        out.push({ id: doc.product.id, name: doc.product.name, slug: doc.product.slug });
        if (out.length >= limit) break;
      }
      return out;
    },

    async ping() {},
    async engine() {
      return 'embedded index (MiniSearch)';
    },
    async close() {},
  };
}
