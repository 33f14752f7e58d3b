import type { TokenVerifier } from '@shop/auth/verifier';
import { createHttpApp, type HttpApp, type HttpAppOptions } from '@shop/http/app';
import type { JSONWebKeySet } from 'jose';
import type { Accounts } from './domain/accounts.js';
import type { Auth } from './domain/auth.js';
import { registerAuthRoutes } from './http/auth.routes.js';
import { registerUserRoutes } from './http/users.routes.js';
import { JwksSchema } from './http/users.schemas.js';

export interface UserAppDeps {
  http: HttpAppOptions;
  auth: Auth;
  accounts: Accounts;
  verifier: TokenVerifier;
  jwks: JSONWebKeySet;
}

/** The user service's HTTP app; never listens (tests use `inject`). */
export async function buildApp(deps: UserAppDeps): Promise<HttpApp> {
  const app = await createHttpApp({
    ...deps.http,
    description: 'Accounts, sign-in, tokens and the JWKS every service verifies against.',
    tags: [
      { name: 'auth', description: 'Registration, sign-in, token refresh and validation' },
      { name: 'users', description: 'Profiles and user administration' },
    ],
  });
  registerAuthRoutes(app, deps.auth, deps.verifier);
  registerUserRoutes(app, deps.accounts);
  app.get(
    '/.well-known/jwks.json',
    {
      schema: { tags: ['auth'], summary: 'Public keys that verify access tokens', response: { 200: JwksSchema } },
      config: { rateLimit: false },
    },
    async (_request, reply) => reply.header('cache-control', 'public, max-age=300').send(deps.jwks),
  );
  await app.ready();
  return app;
}
