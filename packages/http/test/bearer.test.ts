import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HttpApp } from '@shop/http/app';
import { buildApp, json, verifier } from './support.js';

let app: HttpApp;

afterEach(async () => {
  await app.close();
});

const get = (url: string, authorization?: string) => app.inject({ method: 'GET', url, headers: authorization ? { authorization } : {} });

describe('bearer tokens on guarded routes', () => {
  beforeEach(async () => {
    ({ app } = await buildApp({ verifier }));
  });

  it('when no token is sent to an admin route, then the answer is a 401 UNAUTHENTICATED problem', async () => {
    const response = await get('/admin');
    expect(response.statusCode).toBe(401);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(json(response)).toMatchObject({
      type: 'https://errors.shop.local/unauthenticated',
      code: 'UNAUTHENTICATED',
      detail: 'Authentication is required.',
    });
  });

  it('when the verifier rejects the token, then the answer is a 401 carrying the verifier detail', async () => {
    const response = await get('/admin', 'Bearer stale-token');
    expect(response.statusCode).toBe(401);
    expect(json(response)).toMatchObject({ code: 'UNAUTHENTICATED', detail: 'The access token has expired.' });
  });

  it('when the verifier fails unexpectedly, then the answer is a plain 401 without its internals', async () => {
    const response = await get('/admin', 'Bearer broken-verifier');
    expect(response.statusCode).toBe(401);
    expect(json(response).detail).toBe('Authentication is required.');
    expect(response.body).not.toContain('JWKS');
  });

  it('when the Authorization header is not a bearer token, then the answer is a 401 explaining the expected form', async () => {
    const response = await get('/admin', 'Basic YWRtaW46YWRtaW4=');
    expect(response.statusCode).toBe(401);
    expect(json(response).detail).toBe('The Authorization header must be "Bearer <token>".');
  });

  it('when a customer calls an admin route, then the answer is a 403 FORBIDDEN problem', async () => {
    const response = await get('/admin', 'Bearer customer-token');
    expect(response.statusCode).toBe(403);
    expect(json(response)).toMatchObject({ type: 'https://errors.shop.local/forbidden', code: 'FORBIDDEN' });
  });

  it('when an admin calls an admin route, then the handler sees the principal', async () => {
    const response = await get('/admin', 'Bearer admin-token');
    expect(response.statusCode).toBe(200);
    expect(json(response)).toEqual({ sub: 'admin-1', role: 'admin', email: 'admin@shop.local' });
  });

  it('when the scheme is written in lower case, then the token is still accepted', async () => {
    const response = await get('/admin', 'bearer admin-token');
    expect(response.statusCode).toBe(200);
  });

  it('when any signed-in caller calls a route that only requires auth, then it answers with their id', async () => {
    expect(json(await get('/me', 'Bearer customer-token'))).toEqual({ sub: 'customer-1' });
    expect((await get('/me')).statusCode).toBe(401);
    expect(json(await get('/me', 'Bearer stale-token')).detail).toBe('The access token has expired.');
  });

  it('when a public route receives a bad token, then it ignores it and answers anonymously', async () => {
    const response = await get('/public', 'Bearer stale-token');
    expect(response.statusCode).toBe(200);
    expect(json(response)).toEqual({ caller: null });
  });

  it('when a public route receives a good token, then it sees the caller', async () => {
    expect(json(await get('/public', 'Bearer customer-token'))).toEqual({ caller: 'customer-1' });
  });
});

describe('without a verifier (the gateway)', () => {
  beforeEach(async () => {
    ({ app } = await buildApp());
  });

  it('when a token is sent, then it is ignored and guarded routes answer 401', async () => {
    const response = await get('/admin', 'Bearer admin-token');
    expect(response.statusCode).toBe(401);
    expect(json(await get('/public', 'Bearer admin-token'))).toEqual({ caller: null });
  });
});
