import { principalOf, requireAuth, requireRole } from '@shop/auth/require-role';
import type { HttpApp } from '@shop/http/app';
import { BearerAuth } from '@shop/http/schemas';
import type { Accounts } from '../domain/accounts.js';
import { ChangePasswordBody, PatchUserBody, ProfileBody, UserList, UserListQuery, UserParams, UserSchema } from './users.schemas.js';

const tags = ['users'];
const security = BearerAuth;

export function registerUserRoutes(app: HttpApp, accounts: Accounts): void {
  app.get(
    '/api/v1/users/profile',
    { preHandler: requireAuth, schema: { tags, security, summary: 'The signed-in user', response: { 200: UserSchema } } },
    async (request) => accounts.get(principalOf(request).sub),
  );

  app.put(
    '/api/v1/users/profile',
    {
      preHandler: requireAuth,
      schema: { tags, security, summary: 'Update name or phone', body: ProfileBody, response: { 200: UserSchema } },
    },
    async (request) => accounts.updateProfile(principalOf(request).sub, request.body),
  );

  app.post(
    '/api/v1/users/change-password',
    {
      preHandler: requireAuth,
      schema: {
        tags,
        security,
        summary: 'Change password; ends every session',
        body: ChangePasswordBody,
        response: { 204: { type: 'null' } },
      },
    },
    async (request, reply) => {
      await accounts.changePassword(principalOf(request).sub, request.body.currentPassword, request.body.newPassword);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/v1/users',
    {
      preHandler: requireRole('admin'),
      schema: { tags, security, summary: 'List and search users', querystring: UserListQuery, response: { 200: UserList } },
    },
    async (request) =>
      accounts.list({ page: request.query.page ?? 1, limit: request.query.limit ?? 20, q: request.query.q, role: request.query.role }),
  );

  app.get(
    '/api/v1/users/:id',
    {
      preHandler: requireRole('admin', 'service'),
      schema: { tags, security, summary: 'One user', params: UserParams, response: { 200: UserSchema } },
    },
    async (request) => accounts.get(request.params.id),
  );

  app.patch(
    '/api/v1/users/:id',
    {
      preHandler: requireRole('admin'),
      schema: {
        tags,
        security,
        summary: 'Change role or activation',
        params: UserParams,
        body: PatchUserBody,
        response: { 200: UserSchema },
      },
    },
    async (request) => accounts.patch(request.params.id, request.body),
  );
}
