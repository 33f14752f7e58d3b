import { createHttpApp, type HttpApp, type HttpAppOptions } from '@shop/http/app';
import type { Carts } from './domain/carts.js';
import { registerCartRoutes } from './http/cart.routes.js';

export interface CartAppDeps {
  http: HttpAppOptions;
  carts: Carts;
}

/** The cart service's HTTP app; never listens (tests use `inject`). */
export async function buildApp(deps: CartAppDeps): Promise<HttpApp> {
  const app = await createHttpApp({
    ...deps.http,
    description: 'Shopping carts of customers and guests, priced from the catalog and checked against inventory.',
    tags: [{ name: 'cart', description: "A customer's or a guest's cart" }],
  });
  registerCartRoutes(app, deps.carts);
  await app.ready();
  return app;
}
