import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, assertNoHashes, newCustomer, startHarness, type Harness } from './harness.js';

describe('user service: registration, sign-in and tokens', () => {
  let h: Harness;
  const passwords: string[] = [ADMIN.password];

  beforeAll(async () => {
    h = await startHarness({ LOGIN_MAX_FAILURES: '5' });
  });
  afterAll(async () => {
    assertNoHashes(h.bodies);
    expect(h.logs.some((line) => line.includes('request completed'))).toBe(true);
    for (const line of h.logs) for (const p of passwords) expect(line).not.toContain(p);
    await h.close();
  });

  async function register(overrides: Record<string, unknown> = {}) {
    const body = newCustomer(overrides);
    passwords.push(body.password as string);
    const res = await h.request({ method: 'POST', url: '/api/v1/auth/register', payload: body });
    return { ...res, input: body };
  }

  describe('register', () => {
    it('when a new customer registers, then they get a customer account and a token pair', async () => {
      const { status, body, input } = await register({ email: 'Grace.Hopper@Example.COM', phone: '+1 555 0100' });
      expect(status).toBe(201);
      expect(body['user']).toMatchObject({
        email: 'grace.hopper@example.com',
        firstName: 'Ada',
        role: 'customer',
        isActive: true,
        phone: '+1 555 0100',
      });
      expect(body['accessToken']).toEqual(expect.stringMatching(/^ey/));
      expect(body['refreshToken']).toEqual(expect.stringMatching(/^rt_/));
      expect(body['expiresIn']).toBe(900);
      expect(JSON.stringify(body)).not.toContain(input.password);
    });

    it('when the email is taken in another case, then 409 CONFLICT', async () => {
      const { input } = await register();
      const again = await h.request({
        method: 'POST',
        url: '/api/v1/auth/register',
        payload: { ...newCustomer(), email: input.email.toUpperCase() },
      });
      expect(again.status).toBe(409);
      expect(again.body['code']).toBe('CONFLICT');
      expect(again.headers['content-type']).toContain('application/problem+json');
    });

    it.each([
      ['a password shorter than 8', { password: 'short' }, '/password'],
      ['a password longer than 128', { password: 'x'.repeat(129) }, '/password'],
      ['a bad email', { email: 'not-an-email' }, '/email'],
      ['an unknown field', { isAdmin: true }, '/isAdmin'],
      ['a blank first name', { firstName: '   ' }, '/firstName'],
    ])('when registering with %s, then 400 names the field and nothing is created', async (_label, overrides, path) => {
      const body = newCustomer(overrides);
      const res = await h.request({ method: 'POST', url: '/api/v1/auth/register', payload: body });
      expect(res.status).toBe(400);
      expect(res.body['code']).toBe('VALIDATION_FAILED');
      expect(res.body['errors']).toEqual(expect.arrayContaining([expect.objectContaining({ path })]));
      const login = await h.request({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: body.email, password: 'whatever-123' },
      });
      expect(login.status).toBe(401);
    });

    it('when the body is malformed JSON, then 400', async () => {
      const res = await h.request({
        method: 'POST',
        url: '/api/v1/auth/register',
        payload: '{"email":',
        headers: { 'content-type': 'application/json' },
      });
      expect(res.status).toBe(400);
      expect(res.body['code']).toBe('VALIDATION_FAILED');
    });
  });

  describe('login', () => {
    it('when the password is right, then a new pair is issued; when wrong or the email is unknown, then the same 401', async () => {
      const { input } = await register();
      const ok = await h.request({ method: 'POST', url: '/api/v1/auth/login', payload: { email: input.email, password: input.password } });
      expect(ok.status).toBe(200);
      expect(ok.body['user']).toMatchObject({ email: input.email });
      const wrong = await h.request({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: input.email, password: 'wrong-password' },
      });
      const unknown = await h.request({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: 'nobody@example.com', password: 'wrong-password' },
      });
      expect(wrong.status).toBe(401);
      expect(unknown.status).toBe(401);
      expect(wrong.body['detail']).toBe(unknown.body['detail']);
    });

    it('when 5 attempts failed for an email from one address, then the 6th is 429 even with the right password, and another address is not affected', async () => {
      const { input } = await register();
      const from = (ip: string) => ({ 'x-forwarded-for': ip });
      for (let i = 0; i < 5; i++) {
        const res = await h.request({
          method: 'POST',
          url: '/api/v1/auth/login',
          payload: { email: input.email, password: 'nope-nope' },
          headers: from('203.0.113.7'),
        });
        expect(res.status).toBe(401);
      }
      const blocked = await h.request({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: input.email, password: input.password },
        headers: from('203.0.113.7'),
      });
      expect(blocked.status).toBe(429);
      expect(blocked.body['code']).toBe('RATE_LIMITED');
      expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
      const other = await h.request({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: input.email, password: input.password },
        headers: from('198.51.100.9'),
      });
      expect(other.status).toBe(200);
    });

    it('when 10 wrong attempts arrive at once, then no more than 5 are checked and the rest are 429', async () => {
      const { input } = await register();
      const results = await Promise.all(
        Array.from({ length: 10 }, () =>
          h.request({
            method: 'POST',
            url: '/api/v1/auth/login',
            payload: { email: input.email, password: 'nope-nope' },
            headers: { 'x-forwarded-for': '203.0.113.50' },
          }),
        ),
      );
      expect(results.filter((r) => r.status === 401)).toHaveLength(5);
      expect(results.filter((r) => r.status === 429)).toHaveLength(5);
    });

    it('when a login succeeds, then earlier failures no longer count', async () => {
      const { input } = await register();
      const headers = { 'x-forwarded-for': '203.0.113.99' };
      for (let i = 0; i < 4; i++)
        await h.request({ method: 'POST', url: '/api/v1/auth/login', payload: { email: input.email, password: 'nope-nope' }, headers });
      expect(
        (await h.request({ method: 'POST', url: '/api/v1/auth/login', payload: { email: input.email, password: input.password }, headers }))
          .status,
      ).toBe(200);
      for (let i = 0; i < 4; i++)
        await h.request({ method: 'POST', url: '/api/v1/auth/login', payload: { email: input.email, password: 'nope-nope' }, headers });
      expect(
        (await h.request({ method: 'POST', url: '/api/v1/auth/login', payload: { email: input.email, password: input.password }, headers }))
          .status,
      ).toBe(200);
    });
  });

  describe('refresh, logout, validate', () => {
    it('when a refresh token is used, then a new pair comes back and the old one is spent', async () => {
      const { body } = await register();
      const first = await h.request({ method: 'POST', url: '/api/v1/auth/refresh', payload: { refreshToken: body['refreshToken'] } });
      expect(first.status).toBe(200);
      expect(first.body['refreshToken']).not.toBe(body['refreshToken']);
      expect(first.body['accessToken']).toEqual(expect.any(String));
      const second = await h.request({
        method: 'POST',
        url: '/api/v1/auth/refresh',
        payload: { refreshToken: first.body['refreshToken'] },
      });
      expect(second.status).toBe(200);
    });

    const refresh = (refreshToken: unknown) => h.request({ method: 'POST', url: '/api/v1/auth/refresh', payload: { refreshToken } });

    it('when a spent refresh token comes back within the grace window, then the same successor and a valid access token come back', async () => {
      const { body } = await register();
      const rotated = await refresh(body['refreshToken']);
      h.clock.advance(29);
      const again = await refresh(body['refreshToken']);
      expect(again.status).toBe(200);
      expect(again.body['refreshToken']).toBe(rotated.body['refreshToken']);
      const validate = await h.request({ method: 'POST', url: '/api/v1/auth/validate', payload: { token: again.body['accessToken'] } });
      expect(validate.status).toBe(200);
      expect((await refresh(rotated.body['refreshToken'])).status).toBe(200);
    });

    it('when a spent refresh token is reused after the grace window, then 401 and the whole family is revoked', async () => {
      const { body } = await register();
      const rotated = await refresh(body['refreshToken']);
      h.clock.advance(31);
      const reuse = await refresh(body['refreshToken']);
      expect(reuse.status).toBe(401);
      expect(reuse.body['code']).toBe('UNAUTHENTICATED');
      expect((await refresh(rotated.body['refreshToken'])).status).toBe(401);
    });

    it('when a spent refresh token comes back after its successor was used, then 401 and the family is revoked, even within the window', async () => {
      const { body } = await register();
      const first = await refresh(body['refreshToken']);
      const second = await refresh(first.body['refreshToken']);
      expect(second.status).toBe(200);
      expect((await refresh(body['refreshToken'])).status).toBe(401);
      expect((await refresh(second.body['refreshToken'])).status).toBe(401);
    });

    it('when two requests refresh the same token at once, then both get the same successor, which works', async () => {
      const { body } = await register();
      const results = await Promise.all([1, 2].map(() => refresh(body['refreshToken'])));
      expect(results.map((r) => r.status)).toEqual([200, 200]);
      expect(results[1]!.body['refreshToken']).toBe(results[0]!.body['refreshToken']);
      expect(results[0]!.body['refreshToken']).not.toBe(body['refreshToken']);
      expect((await refresh(results[0]!.body['refreshToken'])).status).toBe(200);
    });

    it('when a refresh token is unknown or expired, then 401', async () => {
      const unknown = await h.request({ method: 'POST', url: '/api/v1/auth/refresh', payload: { refreshToken: 'rt_nope' } });
      expect(unknown.status).toBe(401);
      const { body } = await register();
      await h.sql(`UPDATE refresh_tokens SET expires_at = now() - interval '1 minute' WHERE user_id = $1`, [
        (body['user'] as { id: string }).id,
      ]);
      const expired = await h.request({ method: 'POST', url: '/api/v1/auth/refresh', payload: { refreshToken: body['refreshToken'] } });
      expect(expired.status).toBe(401);
      expect(expired.body['detail']).toMatch(/expired/);
    });

    it('when a user logs out with only the refresh token, then it and its successors stop working, even within the grace window', async () => {
      const { body } = await register();
      const rotated = await refresh(body['refreshToken']);
      const out = await h.request({ method: 'POST', url: '/api/v1/auth/logout', payload: { refreshToken: rotated.body['refreshToken'] } });
      expect(out.status).toBe(204);
      expect((await refresh(rotated.body['refreshToken'])).status).toBe(401);
      expect((await refresh(body['refreshToken'])).status).toBe(401);
    });

    it('when a user logs out with a bearer token too, or with a token that is unknown, then 204', async () => {
      const { body } = await register();
      const out = await h.request({
        method: 'POST',
        url: '/api/v1/auth/logout',
        token: body['accessToken'] as string,
        payload: { refreshToken: body['refreshToken'] },
      });
      expect(out.status).toBe(204);
      expect((await refresh(body['refreshToken'])).status).toBe(401);
      const unknown = await h.request({ method: 'POST', url: '/api/v1/auth/logout', payload: { refreshToken: 'rt_nope' } });
      expect(unknown.status).toBe(204);
    });

    it('when a token is validated in the body or as bearer, then its user comes back; garbage or nothing is 401', async () => {
      const { body } = await register();
      const user = body['user'] as { id: string; email: string };
      const inBody = await h.request({ method: 'POST', url: '/api/v1/auth/validate', payload: { token: body['accessToken'] } });
      expect(inBody.status).toBe(200);
      expect(inBody.body).toEqual({ valid: true, user: { id: user.id, email: user.email, role: 'customer' } });
      const asBearer = await h.request({ method: 'POST', url: '/api/v1/auth/validate', token: body['accessToken'] as string });
      expect(asBearer.status).toBe(200);
      expect((await h.request({ method: 'POST', url: '/api/v1/auth/validate', payload: { token: 'garbage' } })).status).toBe(401);
      expect((await h.request({ method: 'POST', url: '/api/v1/auth/validate' })).status).toBe(401);
    });
  });

  describe('service tokens', () => {
    it('when a service presents its client credentials, then it gets a service token that reads users; a wrong secret is 401', async () => {
      const clients = JSON.parse((await import('node:fs')).readFileSync(`${h.dataDir}/secrets/service-clients.json`, 'utf8')) as Record<
        string,
        string
      >;
      passwords.push(...Object.values(clients));
      const ok = await h.request({
        method: 'POST',
        url: '/api/v1/auth/token',
        payload: { clientId: 'order', clientSecret: clients['order'] },
      });
      expect(ok.status).toBe(200);
      expect(ok.body['expiresIn']).toBe(900);
      const validated = await h.request({ method: 'POST', url: '/api/v1/auth/validate', payload: { token: ok.body['accessToken'] } });
      expect(validated.body['user']).toEqual({ id: 'order', email: null, role: 'service' });
      const { body } = await register();
      const read = await h.request({
        url: `/api/v1/users/${(body['user'] as { id: string }).id}`,
        token: ok.body['accessToken'] as string,
      });
      expect(read.status).toBe(200);
      const wrong = await h.request({
        method: 'POST',
        url: '/api/v1/auth/token',
        payload: { clientId: 'order', clientSecret: 'not-the-secret' },
      });
      expect(wrong.status).toBe(401);
      const unknown = await h.request({ method: 'POST', url: '/api/v1/auth/token', payload: { clientId: 'mallory', clientSecret: 'x' } });
      expect(unknown.status).toBe(401);
    });
  });
});
