import { type Env, bool, loadConfig, optionalUrl, str } from '@shop/config/config';
import { serviceSettings } from '@shop/config/service';

export const catalogConfigSchema = {
  ...serviceSettings('catalog', 8001),
  mongodbUrl: optionalUrl('CATALOG_MONGODB_URL', ['mongodb', 'mongodb+srv']),
  opensearchUrl: optionalUrl('OPENSEARCH_URL', ['http', 'https']),
  searchAlias: str('OPENSEARCH_INDEX', 'products', 'alias the catalog searches; reindexing swaps the index behind it'),
  demoData: bool('CATALOG_DEMO_DATA', false),
};

export function loadCatalogConfig(env: Env = process.env) {
  return loadConfig(catalogConfigSchema, env);
}

export type CatalogConfig = ReturnType<typeof loadCatalogConfig>;
