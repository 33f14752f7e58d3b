import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { silentLogger } from '@shop/logging/logger';
import MiniSearch from 'minisearch';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { createEmbeddedSearchIndex, type EmbeddedSearchIndexOptions } from '../../src/adapters/embedded/search-index.js';
import { loadCatalogConfig } from '../../src/config.js';
import type { SearchIndex, SearchQuery } from '../../src/domain/ports.js';
import { openCatalogAdapters } from '../../src/main.js';
import { shopFixture } from './fixtures.js';
import { documentOf } from './search.contract.js';

// Whether an answer was computed or served from the cache is seen on MiniSearch itself: every text
// search the index computes runs one MiniSearch search, a cached answer runs none.
let minisearch: MockInstance<MiniSearch['search']>;
beforeEach(() => {
  minisearch = vi.spyOn(MiniSearch.prototype, 'search');
});
afterEach(() => {
  vi.restoreAllMocks();
});

/** The texts MiniSearch was asked to search, in order: the answers that were computed. */
const computed = () => minisearch.mock.calls.map(([query]) => query);

const shop = shopFixture();
const spinner = shop.products.find((p) => p.name === 'OXO Good Grips Salad Spinner')!;

async function filledIndex(options: EmbeddedSearchIndexOptions) {
  const index = createEmbeddedSearchIndex(options);
  async function* docs() {
    for (const p of shop.products) yield documentOf(p, shop.categories);
  }
  await index.rebuild(docs());
  return index;
}

const search = (index: SearchIndex, q: string, query: Partial<SearchQuery> = {}) =>
  index.search({ q, sort: 'relevance', page: 1, limit: 20, ...query });
const names = async (index: SearchIndex, q: string) => (await search(index, q)).items.map((p) => p.name);

describe('the embedded index result cache', () => {
  it('when the cache size is 0, then a repeated search is computed again, with the same answer', async () => {
    const index = await filledIndex({ cacheSize: 0 });
    const first = await search(index, 'headphones');
    const second = await search(index, 'headphones');
    expect(second).toEqual(first);
    expect(first.total).toBe(5);
    expect(computed()).toEqual(['headphones', 'headphones']);
  });

  it('when the cache has room, then a repeated search is answered from it, the same as computed', async () => {
    const index = await filledIndex({ cacheSize: 10 });
    const first = await search(index, 'headphones');
    expect(await search(index, 'headphones')).toEqual(first);
    expect(await search(index, 'headphones')).toEqual(first);
    // A different page is a different answer.
    await search(index, 'headphones', { page: 2 });
    expect(computed()).toEqual(['headphones', 'headphones']);
  });

  it('when no size is given, then answers are cached', async () => {
    const index = await filledIndex({});
    await search(index, 'speaker');
    await search(index, 'speaker');
    expect(computed()).toEqual(['speaker']);
  });

  it('when a product changes or is removed, then the next search is computed again and shows the change', async () => {
    const index = await filledIndex({ cacheSize: 10 });
    expect(await names(index, 'spinner')).toEqual(['OXO Good Grips Salad Spinner']);
    expect(await names(index, 'spinner')).toEqual(['OXO Good Grips Salad Spinner']);
    expect(computed()).toEqual(['spinner']);

    const renamed = { ...spinner, name: 'OXO Good Grips Herb Spinner', updatedAt: new Date(spinner.updatedAt.getTime() + 60_000) };
    await index.upsert(documentOf(renamed, shop.categories));
    expect(await names(index, 'spinner')).toEqual(['OXO Good Grips Herb Spinner']);
    expect(computed()).toEqual(['spinner', 'spinner']);

    await index.remove(spinner.id);
    expect(await names(index, 'spinner')).toEqual([]);
    expect(computed()).toEqual(['spinner', 'spinner', 'spinner']);
  });

  it('when the index is rebuilt, then the next search is computed again on the rebuilt index', async () => {
    const index = await filledIndex({ cacheSize: 10 });
    expect(await names(index, 'skillet')).toEqual(['Lodge Cast Iron Skillet']);
    async function* withoutSkillet() {
      for (const p of shop.products) if (p.name !== 'Lodge Cast Iron Skillet') yield documentOf(p, shop.categories);
    }
    await index.rebuild(withoutSkillet());
    expect(await names(index, 'skillet')).toEqual([]);
    expect(computed()).toEqual(['skillet', 'skillet']);
  });

  it('when more searches repeat than the cache holds, then the least recently used answer is the one computed again', async () => {
    const index = await filledIndex({ cacheSize: 2 });
    await search(index, 'sony');
    await search(index, 'bose');
    await search(index, 'sony'); // cached, and now the most recently used
    await search(index, 'laptop'); // a third answer: bose, the least recently used, makes room
    await search(index, 'sony');
    await search(index, 'bose');
    expect(computed()).toEqual(['sony', 'bose', 'laptop', 'bose']);
  });
});

describe('CATALOG_SEARCH_CACHE_SIZE', () => {
  async function catalogIndex(env: Record<string, string>) {
    const config = loadCatalogConfig({ DATA_DIR: mkdtempSync(join(tmpdir(), 'catalog-cache-')), ...env });
    const { store, index } = await openCatalogAdapters(config, silentLogger());
    await index.upsert(documentOf(spinner, shop.categories));
    return { index, close: () => Promise.all([index.close(), store.close()]) };
  }

  it('when it is 0, then the catalog computes every search; when unset, it caches', async () => {
    const off = await catalogIndex({ CATALOG_SEARCH_CACHE_SIZE: '0' });
    await search(off.index, 'spinner');
    await search(off.index, 'spinner');
    await off.close();
    expect(computed()).toEqual(['spinner', 'spinner']);

    minisearch.mockClear();
    const on = await catalogIndex({});
    await search(on.index, 'spinner');
    await search(on.index, 'spinner');
    await on.close();
    expect(computed()).toEqual(['spinner']);
  });

  it('when it is negative or not a number, then the configuration is refused naming it', () => {
    expect(() => loadCatalogConfig({ CATALOG_SEARCH_CACHE_SIZE: '-1' })).toThrow(/CATALOG_SEARCH_CACHE_SIZE/);
    expect(() => loadCatalogConfig({ CATALOG_SEARCH_CACHE_SIZE: 'lots' })).toThrow(/CATALOG_SEARCH_CACHE_SIZE/);
  });
});
