import type { TokenVerifier } from '@shop/auth/verifier';
import { UnauthenticatedError } from '@shop/errors/errors';
import type { HttpApp } from '@shop/http/app';
import type { Auth } from '../domain/auth.js';
import {
  AuthResultSchema,
  ClientCredentialsBody,
  LoginBody,
  RefreshBody,
  RegisterBody,
  ServiceTokenResult,
  ValidateBody,
  ValidateResult,
} from './users.schemas.js';

const tags = ['auth'];

export function registerAuthRoutes(app: HttpApp, auth: Auth, verifier: TokenVerifier): void {
  app.post(
    '/api/v1/auth/register',
    { schema: { tags, summary: 'Create a customer account', body: RegisterBody, response: { 201: AuthResultSchema } } },
    async (request, reply) => reply.code(201).send(await auth.register(request.body)),
  );

  app.post(
    '/api/v1/auth/login',
    { schema: { tags, summary: 'Sign in with email and password', body: LoginBody, response: { 200: AuthResultSchema } } },
    async (request) => auth.login({ ...request.body, ip: request.clientAddress }),
  );

  app.post(
    '/api/v1/auth/refresh',
    {
      schema: {
        tags,
        summary: 'Exchange a refresh token for a new pair (rotation)',
        body: RefreshBody,
        response: { 200: AuthResultSchema },
      },
    },
    async (request) => auth.refresh(request.body.refreshToken),
  );

  app.post(
    '/api/v1/auth/logout',
    {
      // No bearer: the access token may have lapsed by sign-out, and whoever holds a refresh token
      // could use it anyway, so holding it is proof enough to revoke it (as RFC 7009 does).
      schema: {
        tags,
        summary: 'End the sign-in of a refresh token (the token is the proof; unknown tokens are 204 too)',
        body: RefreshBody,
        response: { 204: { type: 'null' } },
      },
    },
    async (request, reply) => {
      await auth.logout(request.body.refreshToken);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/v1/auth/validate',
    {
      // The token may come in the body or as the bearer header, so no body at all is fine (handled as `{}`).
      schema: { tags, summary: 'Check an access token', optionalBody: true, body: ValidateBody, response: { 200: ValidateResult } },
    },
    async (request) => {
      const token = request.body.token;
      let principal = request.auth;
      if (token) principal = await verifier.verify(token);
      if (!principal) throw request.authError ?? new UnauthenticatedError('Send the token in the body or as a bearer header.');
      return { valid: true as const, user: await auth.validate(principal) };
    },
  );

  app.post(
    '/api/v1/auth/token',
    {
      schema: {
        tags,
        summary: 'Client-credentials token for a service',
        body: ClientCredentialsBody,
        response: { 200: ServiceTokenResult },
      },
    },
    async (request) => auth.serviceToken(request.body.clientId, request.body.clientSecret),
  );
}
