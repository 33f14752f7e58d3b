import { createLogger } from '@shop/logging/logger';
import { progressBar } from '@shop/runtime/progress';
import { loadCatalogConfig } from './config.js';
import { makeCatalog } from './domain/catalog.js';
import { openCatalogAdapters } from './main.js';

/**
 * `npm run reindex -w services/catalog`: rebuilds the search index from the store. On OpenSearch
 * the new index replaces the old one behind the alias in one step, so searches never see a
 * half-built index. (The embedded index is rebuilt at every start and needs no command.)
 */
const config = loadCatalogConfig();
const logger = createLogger({ service: 'catalog-reindex', level: config.logLevel });
if (!config.opensearchUrl) {
  process.stderr.write('OPENSEARCH_URL is not set: the embedded index is rebuilt from the store at every start; nothing to do.\n');
  process.exit(0);
}
const { store, index } = await openCatalogAdapters(config, logger);
try {
  const total = await store.countProducts();
  const bar = progressBar('Reindexing products', total);
  const catalog = makeCatalog({ store, index, clock: { now: () => new Date() } });
  const indexed = await catalog.reindex((n) => bar.update(n));
  bar.done(indexed);
} finally {
  await index.close();
  await store.close();
}
