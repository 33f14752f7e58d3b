import type { HttpApp } from '@shop/http/app';
import type { Catalog } from '../domain/catalog.js';
import { SearchQuerySchema, SearchResultSchema, SuggestQuery, SuggestResult } from './catalog.schemas.js';
import { priceRange, sendJson } from './products.routes.js';
import { productListJson } from './views.js';

const tags = ['search'];

export function registerSearchRoutes(app: HttpApp, catalog: Catalog): void {
  app.get(
    '/api/v1/search',
    {
      schema: {
        tags,
        summary: 'Full-text search with typo tolerance, prefix matching, filters and facets',
        querystring: SearchQuerySchema,
        response: { 200: SearchResultSchema },
      },
    },
    async (request, reply) => {
      const { page = 1, limit = 20, sort = 'relevance', q, category, brand } = request.query;
      const result = await catalog.search({ q, category, brand, sort, page, limit, ...priceRange(request.query) });
      const categories = new Map((await catalog.listCategories()).map((c) => [c.id, c]));
      const facets = {
        brand: result.facets.brand,
        category: result.facets.category.flatMap((f) => {
          const c = categories.get(f.value);
          return c ? [{ value: c.id, count: f.count, name: c.name, slug: c.slug }] : [];
        }),
        price: result.facets.price,
      };
      return sendJson(reply, productListJson(result.items, page, limit, result.total, `,"facets":${JSON.stringify(facets)}`));
    },
  );

  app.get(
    '/api/v1/search/suggest',
    {
      schema: {
        tags,
        summary: 'Search-as-you-type: products whose name starts with the text',
        querystring: SuggestQuery,
        response: { 200: SuggestResult },
      },
    },
    async (request) => ({ data: await catalog.suggest(request.query.q, 10) }),
  );
}
