import { SignJWT, generateKeyPair } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newCustomer, startHarness, type Harness } from './harness.js';

const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('user service: tokens that must be refused', () => {
  let h: Harness;
  let user: { id: string; email: string };

  beforeAll(async () => {
    h = await startHarness();
    const res = await h.request({ method: 'POST', url: '/api/v1/auth/register', payload: newCustomer() });
    user = res.body['user'] as typeof user;
  });
  afterAll(() => h.close());

  const profileWith = (token: string) => h.request({ url: '/api/v1/users/profile', token });

  it('when a token signed by the service key is presented, then the profile is returned (control case)', async () => {
    const token = await h.signWithServiceKey({ sub: user.id, role: 'customer', email: user.email });
    expect((await profileWith(token)).status).toBe(200);
  });

  it('when a token has alg none, then 401', async () => {
    const now = Math.floor(Date.now() / 1000);
    const token = `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ sub: user.id, role: 'admin', iss: 'shop-platform', aud: 'shop-platform', iat: now, exp: now + 600 })}.`;
    const res = await profileWith(token);
    expect(res.status).toBe(401);
    expect(res.body['code']).toBe('UNAUTHENTICATED');
  });

  it('when a token is expired, then 401 saying so', async () => {
    const token = await h.signWithServiceKey({ sub: user.id, role: 'customer' }, { expiresIn: Math.floor(Date.now() / 1000) - 60 });
    const res = await profileWith(token);
    expect(res.status).toBe(401);
    expect(res.body['detail']).toMatch(/expired/);
  });

  it('when a token has the wrong audience or issuer, then 401', async () => {
    expect((await profileWith(await h.signWithServiceKey({ sub: user.id, role: 'customer' }, { audience: 'another-app' }))).status).toBe(
      401,
    );
    expect(
      (await profileWith(await h.signWithServiceKey({ sub: user.id, role: 'customer' }, { issuer: 'https://evil.example' }))).status,
    ).toBe(401);
  });

  it('when a token is signed by another key with a known kid, then 401', async () => {
    const jwks = (await h.request({ url: '/.well-known/jwks.json' })).body as { keys: { kid: string }[] };
    const { privateKey } = await generateKeyPair('ES256');
    const forged = await new SignJWT({ role: 'admin' })
      .setProtectedHeader({ alg: 'ES256', kid: jwks.keys[0]!.kid })
      .setSubject(user.id)
      .setIssuer('shop-platform')
      .setAudience('shop-platform')
      .setIssuedAt()
      .setExpirationTime('10m')
      .sign(privateKey);
    expect((await profileWith(forged)).status).toBe(401);
  });

  it('when an HS256 token is presented and HS256 is not configured, then 401', async () => {
    const token = await new SignJWT({ role: 'admin' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(user.id)
      .setIssuer('shop-platform')
      .setAudience('shop-platform')
      .setIssuedAt()
      .setExpirationTime('10m')
      .sign(new TextEncoder().encode('a-secret-that-nobody-configured-here'));
    expect((await profileWith(token)).status).toBe(401);
  });

  it('when the Authorization header is not a bearer token, then 401', async () => {
    const res = await h.request({ url: '/api/v1/users/profile', headers: { authorization: 'Basic dXNlcjpwYXNz' } });
    expect(res.status).toBe(401);
  });

  it('when the JWKS is fetched, then it holds the public key only, with kid, alg and use', async () => {
    const res = await h.request({ url: '/.well-known/jwks.json' });
    expect(res.status).toBe(200);
    const key = (res.body as { keys: Record<string, unknown>[] }).keys[0]!;
    expect(key).toMatchObject({ kty: 'EC', crv: 'P-256', alg: 'ES256', use: 'sig', kid: expect.any(String) });
    expect(key).not.toHaveProperty('d');
    expect(res.headers['cache-control']).toContain('max-age');
  });
});
