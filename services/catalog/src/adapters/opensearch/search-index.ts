import { Client, errors, type API, type Types } from '@opensearch-project/opensearch';
import { silentLogger, type Logger } from '@shop/logging/logger';
import {
  PRICE_BUCKETS,
  type PriceBucket,
  type SearchDocument,
  type SearchIndex,
  type SearchQuery,
  type SearchResult,
} from '../../domain/ports.js';
import type { Product, ProductSort, Specifications } from '../../domain/product.js';

export interface OpenSearchIndexOptions {
  url: string;
  /** The alias searches and writes go through; concrete indices are `<alias>_<timestamp>` (default 'products'). */
  alias?: string;
  logger?: Logger;
}

// A product as stored in `_source`: the product with ISO dates, plus what it is searched and filtered by.
interface StoredProduct {
  id: string;
  sku: string;
  name: string;
  slug: string;
  description: string;
  priceCents: number;
  categoryId: string | null;
  brand: string;
  imageUrl: string | null;
  specifications: Specifications;
  isActive: boolean;
  inventoryQuantity: number;
  inventoryUpdatedAt: string | null;
  createdAt: string;
  updatedAt: string;
  categoryName: string | null;
  categoryPath: string[];
}

interface TermsAggregation {
  buckets: { key: string; doc_count: number }[];
}

interface RangeAggregation {
  buckets: { doc_count: number }[];
}

const BULK_BATCH = 500;
// Searches longer than this are cut: every word becomes fuzzy clauses, and too many fail the whole query.
const MAX_QUERY_LENGTH = 256;
// OpenSearch refuses `from + size` beyond `index.max_result_window` (default 10 000).
const MAX_RESULT_WINDOW = 10_000;
const FACET_SIZE = 100;

const SETTINGS: API.Indices_Create_RequestBody['settings'] = {
  // One shard: a catalog is small, and it keeps term statistics (so scores) and facet counts exact.
  number_of_shards: 1,
  // No replica on a single node (green health), one as soon as there is a second node.
  auto_expand_replicas: '0-1',
  // Explicit, so the shard never goes search-idle and a write's `refresh: wait_for` returns within a second.
  refresh_interval: '1s',
  analysis: {
    filter: {
      prefix_grams: { type: 'edge_ngram', min_gram: 1, max_gram: 20 },
    },
    analyzer: {
      folded: { type: 'custom', tokenizer: 'standard', filter: ['lowercase', 'asciifolding'] },
      // Index-time only: "headphones" → h, he, hea, … so a word typed halfway matches; queries use `folded`.
      prefix: { type: 'custom', tokenizer: 'standard', filter: ['lowercase', 'asciifolding', 'prefix_grams'] },
    },
    normalizer: {
      sortable: { type: 'custom', filter: ['lowercase', 'asciifolding'] },
    },
  },
};

const prefixField = { type: 'text', analyzer: 'prefix', search_analyzer: 'folded' } as const;

const MAPPINGS: API.Indices_Create_RequestBody['mappings'] = {
  // A field the mapping does not know is a bug upstream; fail the write rather than guess its type.
  dynamic: 'strict',
  properties: {
    id: { type: 'keyword' },
    sku: { type: 'keyword' },
    name: {
      type: 'text',
      analyzer: 'folded',
      fields: { prefix: prefixField, sort: { type: 'keyword', normalizer: 'sortable' } },
    },
    slug: { type: 'keyword' },
    description: { type: 'text', analyzer: 'folded' },
    priceCents: { type: 'long' },
    categoryId: { type: 'keyword' },
    brand: {
      type: 'text',
      analyzer: 'folded',
      fields: { keyword: { type: 'keyword' }, prefix: prefixField },
    },
    imageUrl: { type: 'keyword', index: false, doc_values: false },
    specifications: { type: 'object', enabled: false },
    isActive: { type: 'boolean' },
    inventoryQuantity: { type: 'integer' },
    inventoryUpdatedAt: { type: 'date' },
    createdAt: { type: 'date' },
    updatedAt: { type: 'date' },
    categoryName: { type: 'text', analyzer: 'folded' },
    categoryPath: { type: 'keyword' },
  },
};

const SORTS: Record<ProductSort, API.Search_RequestBody['sort']> = {
  relevance: [{ _score: 'desc' }, { createdAt: 'desc' }, { id: 'asc' }],
  price_asc: [{ priceCents: 'asc' }, { id: 'asc' }],
  price_desc: [{ priceCents: 'desc' }, { id: 'asc' }],
  newest: [{ createdAt: 'desc' }, { id: 'asc' }],
  name_asc: [{ 'name.sort': 'asc' }, { id: 'asc' }],
};

function toStored({ product, categoryName, categoryPath }: SearchDocument): StoredProduct {
  return {
    id: product.id,
    sku: product.sku,
    name: product.name,
    slug: product.slug,
    description: product.description,
    priceCents: product.priceCents,
    categoryId: product.categoryId,
    brand: product.brand,
    imageUrl: product.imageUrl,
    specifications: product.specifications,
    isActive: product.isActive,
    inventoryQuantity: product.inventoryQuantity,
    inventoryUpdatedAt: product.inventoryUpdatedAt?.toISOString() ?? null,
    createdAt: product.createdAt.toISOString(),
    updatedAt: product.updatedAt.toISOString(),
    categoryName,
    categoryPath,
  };
}

/**
 * Documents carry the product's last change time as an external version, so an older copy (a
 * rebuild that read the store before a write) can never replace a newer one.
 */
function versionOf(doc: StoredProduct): number {
  return Math.max(Date.parse(doc.updatedAt), doc.inventoryUpdatedAt ? Date.parse(doc.inventoryUpdatedAt) : 0);
}

function toProduct(stored: StoredProduct): Product {
  return {
    id: stored.id,
    sku: stored.sku,
    name: stored.name,
    slug: stored.slug,
    description: stored.description,
    priceCents: stored.priceCents,
    categoryId: stored.categoryId,
    brand: stored.brand,
    imageUrl: stored.imageUrl,
    specifications: stored.specifications,
    isActive: stored.isActive,
    inventoryQuantity: stored.inventoryQuantity,
    inventoryUpdatedAt: stored.inventoryUpdatedAt === null ? null : new Date(stored.inventoryUpdatedAt),
    createdAt: new Date(stored.createdAt),
    updatedAt: new Date(stored.updatedAt),
  };
}

// Free text only ever travels as the `query` string of match queries, never as query syntax.
function textQuery(text: string): Types.Common_QueryDsl.QueryContainer {
  return {
    bool: {
      should: [
        // Whole words, with typos forgiven.
        {
          multi_match: {
            query: text,
            fields: ['name^3', 'brand^2', 'categoryName^1.5', 'description'],
            type: 'best_fields',
            fuzziness: 'AUTO',
          },
        },
        // Words typed halfway. Not fuzzy: one edit on a short prefix matches nearly anything ("macb" → "mach").
        { multi_match: { query: text, fields: ['name.prefix^2', 'brand.prefix'], type: 'best_fields' } },
        // A name holding every word beats one spread over name, brand and category ("sony headphones").
        { match: { name: { query: text, operator: 'and', boost: 3 } } },
      ],
      minimum_should_match: 1,
    },
  };
}

function filtersOf(query: SearchQuery): Types.Common_QueryDsl.QueryContainer[] {
  const filters: Types.Common_QueryDsl.QueryContainer[] = [{ term: { isActive: true } }];
  if (query.categoryId !== undefined) filters.push({ term: { categoryPath: query.categoryId } });
  if (query.brand !== undefined) filters.push({ term: { 'brand.keyword': query.brand } });
  if (query.minPriceCents !== undefined || query.maxPriceCents !== undefined) {
    const range: { gte?: number; lte?: number } = {};
    if (query.minPriceCents !== undefined) range.gte = query.minPriceCents;
    if (query.maxPriceCents !== undefined) range.lte = query.maxPriceCents;
    filters.push({ range: { priceCents: range } });
  }
  return filters;
}

// Most frequent first, ties by value, so the order never depends on the engine's bucket order.
const FACET_ORDER: Record<string, 'asc' | 'desc'>[] = [{ _count: 'desc' }, { _key: 'asc' }];

const termsFacet = (field: string) => ({ terms: { field, size: FACET_SIZE, order: FACET_ORDER } });

// Cast: the client's generated types leave `field` out of the terms aggregation.
const AGGREGATIONS = {
  brand: termsFacet('brand.keyword'),
  category: termsFacet('categoryId'),
  price: {
    range: {
      field: 'priceCents',
      keyed: false,
      ranges: PRICE_BUCKETS.map((b) => (b.to === null ? { from: b.from } : { from: b.from, to: b.to })),
    },
  },
} as Record<string, Types.Common_Aggregations.AggregationContainer>;

function facetValues(aggregation: TermsAggregation | undefined): { value: string; count: number }[] {
  return (aggregation?.buckets ?? []).map((b) => ({ value: String(b.key), count: b.doc_count }));
}

function priceFacet(aggregation: RangeAggregation | undefined): PriceBucket[] {
  // The range aggregation answers every range in request order, empty ones included.
  return PRICE_BUCKETS.map((b, i) => ({
    from: b.from / 100,
    to: b.to === null ? null : b.to / 100,
    count: aggregation?.buckets[i]?.doc_count ?? 0,
  }));
}

function totalOf(total: Types.Core_Search.TotalHits | number | undefined): number {
  if (total === undefined) return 0;
  return typeof total === 'number' ? total : total.value;
}

function errorType(error: unknown): string | undefined {
  if (!(error instanceof errors.ResponseError)) return undefined;
  const body = error.body as { error?: { type?: string } } | undefined;
  return body?.error?.type;
}

/**
 * The search port on OpenSearch, with an explicit mapping (edge n-grams for prefixes, fuzzy whole
 * words). Searches and writes go through an alias; `rebuild` fills a fresh concrete index and swaps
 * the alias in one request, so readers see the old index or the new one, never a half-filled one.
 * Writes wait for a refresh, so the next search sees them. A write made while a rebuild runs goes
 * to the old index: it survives the swap only if the rebuild read that product after the write.
 */
export async function createOpenSearchIndex(options: OpenSearchIndexOptions): Promise<SearchIndex> {
  const alias = options.alias ?? 'products';
  const logger = options.logger ?? silentLogger();
  const client = new Client({ node: options.url });
  let lastIndexTime = 0;
  // Writes made while a rebuild runs (null: removed), replayed onto the new index before and after the swap.
  let duringRebuild: Map<string, StoredProduct | null> | undefined;

  function newIndexName(): string {
    // Two rebuilds in the same millisecond of one process must not collide.
    lastIndexTime = Math.max(Date.now(), lastIndexTime + 1);
    return `${alias}_${lastIndexTime}`;
  }

  async function createIndex(index: string, body: API.Indices_Create_RequestBody = {}): Promise<void> {
    await client.indices.create({ index, body: { settings: SETTINGS, mappings: MAPPINGS, ...body } });
  }

  async function ensureAlias(): Promise<void> {
    const { body: exists } = await client.indices.existsAlias({ name: alias });
    if (exists) return;
    // A fixed name, so instances starting together on an empty cluster create one index, not one each.
    const index = `${alias}_0`;
    try {
      await createIndex(index, { aliases: { [alias]: {} } });
      logger.info({ index, alias }, 'search index created');
    } catch (error) {
      if (errorType(error) !== 'resource_already_exists_exception') throw error;
    }
  }

  async function indicesOfAlias(): Promise<string[]> {
    const { body, statusCode } = await client.indices.getAlias({ name: alias }, { ignore: [404] });
    return statusCode === 404 ? [] : Object.keys(body);
  }

  /** One bulk write; `wait_for`: answers once a refresh made the batch searchable (one refresh for all). */
  async function bulkIndex(index: string, batch: StoredProduct[], refresh?: 'wait_for'): Promise<void> {
    const { body } = await client.bulk({
      index,
      ...(refresh ? { refresh } : {}),
      body: batch.flatMap((doc) => [{ index: { _id: doc.id, version: versionOf(doc), version_type: 'external_gte' as const } }, doc]),
    });
    if (!body.errors) return;
    // A version conflict means a newer copy is already there (written during the rebuild): fine.
    const failed = body.items
      .map((item) => item.index?.error)
      .find((e) => e !== undefined && e !== null && e.type !== 'version_conflict_engine_exception');
    if (!failed) return;
    throw new Error(`bulk indexing into ${index} failed: ${failed?.type ?? 'unknown'}: ${failed?.reason ?? ''}`);
  }

  async function fill(index: string, documents: AsyncIterable<SearchDocument>, onProgress?: (indexed: number) => void): Promise<number> {
    let indexed = 0;
    let batch: StoredProduct[] = [];
    const flush = async () => {
      if (batch.length === 0) return;
      await bulkIndex(index, batch);
      indexed += batch.length;
      batch = [];
      onProgress?.(indexed);
    };
    for await (const document of documents) {
      batch.push(toStored(document));
      if (batch.length >= BULK_BATCH) await flush();
    }
    await flush();
    return indexed;
  }

  /** Re-applies writes made during a rebuild; versions keep a newer copy from being replaced. */
  async function replay(index: string, writes: Map<string, StoredProduct | null>): Promise<void> {
    const upserts = [...writes.values()].filter((doc): doc is StoredProduct => doc !== null);
    if (upserts.length > 0) await bulkIndex(index, upserts);
    for (const [id, doc] of writes) {
      if (doc === null) await client.delete({ index, id }, { ignore: [404] });
    }
    await client.indices.refresh({ index });
  }

  async function swapAlias(index: string): Promise<string[]> {
    const previous = await indicesOfAlias();
    await client.indices.updateAliases({
      body: {
        actions: [...previous.map((old) => ({ remove: { index: old, alias } })), { add: { index, alias } }],
      },
    });
    return previous;
  }

  async function search(query: SearchQuery): Promise<SearchResult> {
    const text = query.q?.trim().slice(0, MAX_QUERY_LENGTH) ?? '';
    const from = Math.min(Math.max(0, (query.page - 1) * query.limit), MAX_RESULT_WINDOW);
    const size = Math.max(0, Math.min(query.limit, MAX_RESULT_WINDOW - from));
    const { body } = await client.search({
      index: alias,
      body: {
        query: {
          bool: {
            must: [text === '' ? { match_all: {} } : textQuery(text)],
            filter: filtersOf(query),
          },
        },
        sort: SORTS[query.sort],
        from,
        size,
        track_total_hits: true,
        aggregations: AGGREGATIONS,
      },
    });
    const aggregations = body.aggregations as
      { brand?: TermsAggregation; category?: TermsAggregation; price?: RangeAggregation } | undefined;
    return {
      items: body.hits.hits.map((hit) => toProduct(hit._source as StoredProduct)),
      total: totalOf(body.hits.total),
      facets: {
        brand: facetValues(aggregations?.brand),
        category: facetValues(aggregations?.category),
        price: priceFacet(aggregations?.price),
      },
    };
  }

  try {
    await ensureAlias();
  } catch (error) {
    await client.close().catch(() => undefined);
    throw error;
  }

  return {
    async upsert(document) {
      const doc = toStored(document);
      duringRebuild?.set(doc.id, doc);
      await client.index(
        { index: alias, id: doc.id, body: doc, refresh: 'wait_for', version: versionOf(doc), version_type: 'external_gte' },
        { ignore: [409] },
      );
    },

    async upsertMany(documents) {
      const docs = documents.map(toStored);
      for (const doc of docs) duringRebuild?.set(doc.id, doc);
      for (let i = 0; i < docs.length; i += BULK_BATCH) await bulkIndex(alias, docs.slice(i, i + BULK_BATCH), 'wait_for');
    },

    async remove(productId) {
      duringRebuild?.set(productId, null);
      // An unknown id answers 404: already absent is what was asked for.
      await client.delete({ index: alias, id: productId, refresh: 'wait_for' }, { ignore: [404] });
    },

    async rebuild(documents, onProgress) {
      const index = newIndexName();
      const writes = new Map<string, StoredProduct | null>();
      duringRebuild = writes;
      let previous: string[];
      let indexed: number;
      try {
        // No periodic refreshes while loading; one refresh at the end makes everything searchable.
        await createIndex(index, { settings: { ...SETTINGS, refresh_interval: '-1' } });
        indexed = await fill(index, documents, onProgress);
        await replay(index, writes);
        await client.indices.putSettings({ index, body: { index: { refresh_interval: SETTINGS?.refresh_interval } } });
        await client.indices.refresh({ index });
        previous = await swapAlias(index);
        // Writes between the first replay and the swap went to the old index only.
        await replay(index, writes);
      } catch (error) {
        await client.indices.delete({ index }, { ignore: [404] }).catch(() => undefined);
        throw error;
      } finally {
        duringRebuild = undefined;
      }
      logger.info({ alias, index, previous, indexed }, 'search index rebuilt');
      for (const old of previous) {
        try {
          await client.indices.delete({ index: old }, { ignore: [404] });
        } catch (error) {
          // The swap has happened; a leftover index only costs disk.
          logger.warn({ err: error, index: old }, 'could not delete the previous search index');
        }
      }
      return indexed;
    },

    search,

    async suggest(prefix, limit) {
      const text = prefix.trim().slice(0, MAX_QUERY_LENGTH);
      if (text === '' || limit <= 0) return [];
      const { body } = await client.search({
        index: alias,
        body: {
          query: {
            bool: {
              // Every typed word must start a word of the name; no fuzziness on prefixes.
              must: [{ match: { 'name.prefix': { query: text, operator: 'and' } } }],
              filter: [{ term: { isActive: true } }],
            },
          },
          sort: [{ _score: 'desc' }, { 'name.sort': 'asc' }, { id: 'asc' }],
          size: Math.min(limit, MAX_RESULT_WINDOW),
          _source: ['id', 'name', 'slug'],
        },
      });
      return body.hits.hits.map((hit) => {
        const source = hit._source as Pick<StoredProduct, 'id' | 'name' | 'slug'>;
        return { id: source.id, name: source.name, slug: source.slug };
      });
    },

    async ping() {
      const { body } = await client.cluster.health({ index: alias });
      if (body.status === 'red') throw new Error(`search index ${alias} is red`);
    },

    async engine() {
      const { body } = await client.info();
      const distribution = body.version.distribution === 'opensearch' ? 'OpenSearch' : (body.version.distribution ?? 'Elasticsearch');
      return `${distribution} ${body.version.number}`;
    },

    async close() {
      await client.close();
    },
  };
}
