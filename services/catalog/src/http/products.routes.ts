import { requireRole } from '@shop/auth/require-role';
import { ValidationError } from '@shop/errors/errors';
import type { HttpApp } from '@shop/http/app';
import { BearerAuth } from '@shop/http/schemas';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Catalog } from '../domain/catalog.js';
import { toCents } from '../domain/product.js';
import {
  CreateProductBody,
  IdOrSlugParams,
  MAX_LOOKUP_IDS,
  IdParams,
  ProductList,
  ProductListQuery,
  ProductSchema,
  UpdateProductBody,
} from './catalog.schemas.js';
import { productJson, productListJson, productView } from './views.js';

/** Sends a body already serialised (see views.ts); the route's schema still documents its shape. */
export function sendJson(reply: FastifyReply, json: string) {
  return reply.type('application/json; charset=utf-8').send(json as never);
}

const tags = ['products'];

/** The ids of `?ids=`, which stands alone: a filter, sort or page beside it would be silently ignored. */
function lookupIds(request: FastifyRequest): string[] {
  // The raw query string: the parsed one has page and limit filled in by their defaults.
  const asked = new URLSearchParams(request.url.slice(request.url.indexOf('?') + 1));
  const others = [...new Set(asked.keys())].filter((k) => k !== 'ids' && k !== 'includeInactive');
  if (others.length > 0) {
    throw new ValidationError('ids cannot be combined with filters, sort or paging.', [
      { path: '/querystring/ids', message: `not with ${others.join(', ')}` },
    ]);
  }
  const ids = [...new Set(asked.get('ids')!.split(','))];
  if (ids.length > MAX_LOOKUP_IDS || ids.some((id) => id.length > 120)) {
    throw new ValidationError(`ids takes at most ${MAX_LOOKUP_IDS} ids of at most 120 characters.`, [
      { path: '/querystring/ids', message: `at most ${MAX_LOOKUP_IDS} ids` },
    ]);
  }
  return ids;
}
const isAdmin = (request: FastifyRequest) => request.auth?.role === 'admin';

/** Shared by the list and search routes: major units in, cents out, and a sane range. */
export function priceRange(query: { minPrice?: number | undefined; maxPrice?: number | undefined }) {
  const minPriceCents = query.minPrice === undefined ? undefined : toCents(query.minPrice);
  const maxPriceCents = query.maxPrice === undefined ? undefined : toCents(query.maxPrice);
  if (minPriceCents !== undefined && maxPriceCents !== undefined && minPriceCents > maxPriceCents) {
    throw new ValidationError('minPrice is above maxPrice.', [{ path: '/querystring/minPrice', message: 'must not exceed maxPrice' }]);
  }
  return { minPriceCents, maxPriceCents };
}

export function registerProductRoutes(app: HttpApp, catalog: Catalog): void {
  app.get(
    '/api/v1/products',
    {
      schema: {
        tags,
        summary: 'List products (active only unless an admin asks)',
        querystring: ProductListQuery,
        response: { 200: ProductList },
      },
    },
    async (request, reply) => {
      const { page = 1, limit = 20, sort = 'relevance', category, brand, ids } = request.query;
      const includeInactive = request.query.includeInactive === true && isAdmin(request);
      if (ids !== undefined) {
        const items = await catalog.lookupProducts(lookupIds(request), { includeInactive: isAdmin(request) });
        return sendJson(reply, productListJson(items, 1, MAX_LOOKUP_IDS, items.length));
      }
      const { items, total } = await catalog.listProducts(
        { category, brand, sort, page, limit, ...priceRange(request.query) },
        { includeInactive },
      );
      return sendJson(reply, productListJson(items, page, limit, total));
    },
  );

  app.get(
    '/api/v1/products/:idOrSlug',
    { schema: { tags, summary: 'One product by id or slug', params: IdOrSlugParams, response: { 200: ProductSchema } } },
    async (request, reply) =>
      sendJson(reply, productJson(await catalog.getProduct(request.params.idOrSlug, { includeInactive: isAdmin(request) }))),
  );

  app.post(
    '/api/v1/products',
    {
      preHandler: requireRole('admin'),
      schema: { tags, security: BearerAuth, summary: 'Create a product', body: CreateProductBody, response: { 201: ProductSchema } },
    },
    async (request, reply) => {
      const { price, ...rest } = request.body;
      const product = await catalog.createProduct({ ...rest, priceCents: toCents(price) });
      return reply.code(201).send(productView(product));
    },
  );

  app.patch(
    '/api/v1/products/:id',
    {
      preHandler: requireRole('admin'),
      schema: {
        tags,
        security: BearerAuth,
        summary: 'Change a product',
        params: IdParams,
        body: UpdateProductBody,
        response: { 200: ProductSchema },
      },
    },
    async (request) => {
      const { price, ...rest } = request.body;
      const product = await catalog.updateProduct(request.params.id, {
        ...rest,
        ...(price !== undefined ? { priceCents: toCents(price) } : {}),
      });
      return productView(product);
    },
  );

  app.delete(
    '/api/v1/products/:id',
    {
      preHandler: requireRole('admin'),
      schema: {
        tags,
        security: BearerAuth,
        summary: 'Deactivate a product (soft delete)',
        params: IdParams,
        response: { 204: { type: 'null' } },
      },
    },
    async (request, reply) => {
      await catalog.deactivateProduct(request.params.id);
      return reply.code(204).send(null);
    },
  );
}
