import { join } from 'node:path';
import { createDenyList } from '@shop/auth/deny-list';
import type { Env } from '@shop/config/config';
import { followAccessChanges } from '@shop/events/access-changes';
import { engineCheck } from '@shop/http/health';
import type { Logger } from '@shop/logging/logger';
import { progressBar } from '@shop/runtime/progress';
import type { RunningService, SharedInfra } from '@shop/runtime/runtime';
import { runWhenMain, startService } from '@shop/runtime/service';
import { createEmbeddedStore } from './adapters/embedded/catalog-store.js';
import { createEmbeddedSearchIndex } from './adapters/embedded/search-index.js';
import { createMongoStore } from './adapters/mongo/catalog-store.js';
import { createOpenSearchIndex } from './adapters/opensearch/search-index.js';
import { buildApp } from './app.js';
import { loadCatalogConfig, type CatalogConfig } from './config.js';
import { subscribeToInventory } from './consumers/inventory.consumer.js';
import { DEMO_CATEGORIES, demoProducts } from '@shop/demo-data/catalog-data';
import { seedCatalog } from './demo/seed.js';
import { makeCatalog } from './domain/catalog.js';
import type { CatalogStore, SearchIndex } from './domain/ports.js';

/** The store and index the configuration names: MongoDB and OpenSearch, or the embedded pair. */
export async function openCatalogAdapters(config: CatalogConfig, logger: Logger): Promise<{ store: CatalogStore; index: SearchIndex }> {
  const store = config.mongodbUrl
    ? await createMongoStore({ url: config.mongodbUrl, logger })
    : await createEmbeddedStore({ path: join(config.dataDir, 'catalog', 'catalog.jsonl') });
  try {
    const index = config.opensearchUrl
      ? await createOpenSearchIndex({ url: config.opensearchUrl, alias: config.searchAlias, logger })
      : createEmbeddedSearchIndex({ cacheSize: config.searchCacheSize });
    return { store, index };
  } catch (error) {
    await store.close();
    throw error;
  }
}

/** Composition root: config → runtime → store and index → domain → app → consumer → listen. */
export function startCatalogService(env: Env = process.env, shared: SharedInfra = {}): Promise<RunningService> {
  const config = loadCatalogConfig(env);
  // Tokens of users deactivated or given a new role since they were issued are refused.
  const denyList = createDenyList();
  return startService({ service: 'catalog', config, shared, verifier: { denyList } }, async (runtime, onClose) => {
    const accessChanges = await followAccessChanges(runtime.bus, denyList, 'catalog');
    onClose(() => accessChanges.close());
    const { store, index } = await openCatalogAdapters(config, runtime.logger);
    onClose(
      () => index.close(),
      () => store.close(),
    );
    runtime.readiness['store'] = engineCheck(store);
    runtime.readiness['search'] = engineCheck(index);
    const catalog = makeCatalog({ store, index, clock: { now: () => new Date() } });

    if (config.demoData && (await store.countProducts()) === 0) {
      const products = demoProducts();
      const bar = progressBar('Loading demo catalog', products.length);
      await seedCatalog(store, { categories: DEMO_CATEGORIES, products }, (n) => bar.update(n));
      bar.done();
    }
    if (!config.opensearchUrl) {
      // The embedded index lives in memory: rebuilt from the store at every start.
      await catalog.reindex();
    } else if (config.demoData) {
      const count = await store.countProducts();
      const found = await index.search({ sort: 'relevance', page: 1, limit: 1 });
      if (found.total === 0 && count > 0) await catalog.reindex();
    }

    const app = await buildApp({ http: runtime.http, catalog });
    const subscription = await subscribeToInventory(runtime.bus, catalog);
    onClose(() => subscription.close());
    return { app };
  });
}

await runWhenMain(import.meta.url, () => startCatalogService());
