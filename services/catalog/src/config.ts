import { type Env, bool, int, loadConfig, optionalUrl, str } from '@shop/config/config';
import { serviceSettings } from '@shop/config/service';

export const catalogConfigSchema = {
  ...serviceSettings('catalog', 8001),
  mongodbUrl: optionalUrl('CATALOG_MONGODB_URL', ['mongodb', 'mongodb+srv']),
  opensearchUrl: optionalUrl('OPENSEARCH_URL', ['http', 'https']),
  searchAlias: str('OPENSEARCH_INDEX', 'products', 'alias the catalog searches; reindexing swaps the index behind it'),
  demoData: bool('CATALOG_DEMO_DATA', false),
  /** Answers the embedded index keeps for repeated searches; 0 turns its result cache off. */
  searchCacheSize: int('CATALOG_SEARCH_CACHE_SIZE', 1_000, { min: 0, max: 1_000_000 }),
};

export function loadCatalogConfig(env: Env = process.env) {
  return loadConfig(catalogConfigSchema, env);
}

export type CatalogConfig = ReturnType<typeof loadCatalogConfig>;
