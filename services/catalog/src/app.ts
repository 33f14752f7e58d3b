import { createHttpApp, type HttpApp, type HttpAppOptions } from '@shop/http/app';
import type { Catalog } from './domain/catalog.js';
import { registerCategoryRoutes } from './http/categories.routes.js';
import { registerImageRoutes } from './http/images.routes.js';
import { registerProductRoutes } from './http/products.routes.js';
import { registerSearchRoutes } from './http/search.routes.js';

export interface CatalogAppDeps {
  http: HttpAppOptions;
  catalog: Catalog;
}

/** The catalog service's HTTP app; never listens (tests use `inject`). */
export async function buildApp(deps: CatalogAppDeps): Promise<HttpApp> {
  const app = await createHttpApp({
    ...deps.http,
    description: 'Products, categories and search.',
    tags: [
      { name: 'products', description: 'Products; writes are for admins' },
      { name: 'search', description: 'Full-text search and suggestions' },
      { name: 'categories', description: 'The category tree; writes are for admins' },
    ],
  });
  registerProductRoutes(app, deps.catalog);
  registerImageRoutes(app, deps.catalog);
  registerSearchRoutes(app, deps.catalog);
  registerCategoryRoutes(app, deps.catalog);
  await app.ready();
  return app;
}
