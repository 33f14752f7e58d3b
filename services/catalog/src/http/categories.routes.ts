import { requireRole } from '@shop/auth/require-role';
import type { HttpApp } from '@shop/http/app';
import { BearerAuth, Strict, Type } from '@shop/http/schemas';
import type { Catalog } from '../domain/catalog.js';
import { CategoryList, CategorySchema, CreateCategoryBody, IdParams, UpdateCategoryBody } from './catalog.schemas.js';

const tags = ['categories'];
const admin = { preHandler: requireRole('admin') };

export function registerCategoryRoutes(app: HttpApp, catalog: Catalog): void {
  app.get(
    '/api/v1/categories',
    { schema: { tags, summary: 'Every category (a tree through parentId)', response: { 200: CategoryList } } },
    async () => ({ data: await catalog.listCategories() }),
  );

  app.get(
    '/api/v1/categories/:idOrSlug',
    {
      schema: {
        tags,
        summary: 'One category by id or slug',
        params: Strict({ idOrSlug: Type.String({ minLength: 1, maxLength: 120 }) }),
        response: { 200: CategorySchema },
      },
    },
    async (request) => catalog.getCategory(request.params.idOrSlug),
  );

  app.post(
    '/api/v1/categories',
    {
      ...admin,
      schema: { tags, security: BearerAuth, summary: 'Create a category', body: CreateCategoryBody, response: { 201: CategorySchema } },
    },
    async (request, reply) => reply.code(201).send(await catalog.createCategory(request.body)),
  );

  app.patch(
    '/api/v1/categories/:id',
    {
      ...admin,
      schema: {
        tags,
        security: BearerAuth,
        summary: 'Change a category',
        params: IdParams,
        body: UpdateCategoryBody,
        response: { 200: CategorySchema },
      },
    },
    async (request) => catalog.updateCategory(request.params.id, request.body),
  );

  app.delete(
    '/api/v1/categories/:id',
    {
      ...admin,
      schema: {
        tags,
        security: BearerAuth,
        summary: 'Delete a category (refused while used)',
        params: IdParams,
        response: { 204: { type: 'null' } },
      },
    },
    async (request, reply) => {
      await catalog.deleteCategory(request.params.id);
      return reply.code(204).send(null);
    },
  );
}
