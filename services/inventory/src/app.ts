import { createHttpApp, type HttpApp, type HttpAppOptions } from '@shop/http/app';
import type { Inventory } from './domain/inventory.js';
import { registerInventoryRoutes } from './http/inventory.routes.js';

/** The inventory service's HTTP app; never listens (tests use `inject`). */
export async function buildApp(deps: { http: HttpAppOptions; inventory: Inventory }): Promise<HttpApp> {
  const app = await createHttpApp({
    ...deps.http,
    description: 'Stock per sku and reservations that expire; never oversells.',
    tags: [{ name: 'inventory', description: 'Stock and reservations' }],
  });
  registerInventoryRoutes(app, deps.inventory);
  await app.ready();
  return app;
}
