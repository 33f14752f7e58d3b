import { NextRequest } from 'next/server.js';
import { fakeGateway, tokenWith, type FakeGateway } from '@shop/next-host/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { proxy } from '../src/proxy.js';

const now = () => Math.floor(Date.now() / 1000);
const token = (role: string, exp: number) => tokenWith({ sub: `${role}-1`, email: `${role}@shop.test`, role, exp });
const freshAdmin = token('admin', now() + 900);

let gateway: FakeGateway;
beforeAll(async () => {
  gateway = await fakeGateway((refreshToken) => {
    if (refreshToken === 'admin-refresh')
      return { accessToken: freshAdmin, refreshToken: 'admin-next', expiresIn: 900, user: { id: 'admin-1', role: 'admin' } };
    // A refresh token whose owner lost the admin role since.
    if (refreshToken === 'demoted-refresh')
      return { accessToken: token('customer', now() + 900), refreshToken: 'x', expiresIn: 900, user: { id: 'c-1', role: 'customer' } };
    return null;
  });
  process.env['GATEWAY_URL'] = gateway.url;
});
afterAll(() => gateway.close());

function request(path: string, cookies: Record<string, string>) {
  const header = Object.entries(cookies)
    .map(([k, v]) => `${k}=${v}`)
    .join('; ');
  return new NextRequest(`http://localhost:3100${path}`, { headers: header ? { cookie: header } : {} });
}

const loginRedirect = (response: Response) => response.headers.get('location');

describe('admin proxy: only admins get past it, and their session is kept alive', () => {
  it('when an admin token is fresh, then the page is served as is', async () => {
    const response = await proxy(request('/orders', { adm_access: freshAdmin, adm_refresh: 'admin-refresh' }));
    expect(loginRedirect(response)).toBeNull();
    expect(response.headers.get('set-cookie')).toBeNull();
  });

  it('when the admin token is about to lapse, then the pair is rotated with strict, httpOnly cookies', async () => {
    const response = await proxy(request('/orders', { adm_access: token('admin', now() + 20), adm_refresh: 'admin-refresh' }));
    expect(loginRedirect(response)).toBeNull();
    const set = response.headers.getSetCookie();
    expect(set.find((c) => c.startsWith(`adm_access=${freshAdmin}`))).toMatch(/HttpOnly/i);
    expect(set.find((c) => c.startsWith('adm_refresh=admin-next'))).toMatch(/SameSite=strict/i);
    expect(response.headers.get('x-middleware-request-cookie')).toContain(`adm_access=${freshAdmin}`);
  });

  it('when a customer token is presented, then the browser goes to sign-in with the page to come back to, and the cookies are dropped', async () => {
    const response = await proxy(request('/orders?status=pending', { adm_access: token('customer', now() + 900) }));
    expect(loginRedirect(response)).toBe('http://localhost:3100/login?next=%2Forders%3Fstatus%3Dpending');
    expect(response.headers.getSetCookie().some((c) => c.startsWith('adm_access=;'))).toBe(true);
  });

  it('when a refresh brings back a token that is no longer an admin’s, then it is not kept', async () => {
    const response = await proxy(request('/', { adm_refresh: 'demoted-refresh' }));
    expect(loginRedirect(response)).toMatch(/\/login\?next=%2F$/);
    expect(response.headers.getSetCookie().some((c) => c.startsWith('adm_access=ey') || c.startsWith('adm_refresh=x'))).toBe(false);
  });

  it('when there is no session, then every page but sign-in sends the browser to sign in', async () => {
    expect(loginRedirect(await proxy(request('/payments', {})))).toMatch(/\/login\?next=%2Fpayments$/);
    expect(loginRedirect(await proxy(request('/login', {})))).toBeNull();
  });

  it('when the refresh token is refused on the sign-in page, then the page is served and the cookies are dropped', async () => {
    const response = await proxy(request('/login', { adm_access: token('admin', now() - 5), adm_refresh: 'revoked' }));
    expect(loginRedirect(response)).toBeNull();
    expect(response.headers.getSetCookie().some((c) => c.startsWith('adm_refresh=;'))).toBe(true);
  });
});

describe('admin proxy: every answer carries the security headers', () => {
  it.each([
    ['the sign-in page to a stranger', '/login', {}],
    ['a page to a fresh admin', '/orders', { adm_access: freshAdmin, adm_refresh: 'admin-refresh' }],
    ['a page to an admin whose token is rotated', '/orders', { adm_refresh: 'admin-refresh' }],
  ])('when %s is served, then the browser gets the policy and the page renders with its nonce', async (_what, path, cookies) => {
    const response = await proxy(request(path, cookies));
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toContain('unsafe-inline');
    expect(response.headers.get('x-middleware-request-content-security-policy')).toBe(policy);
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('when a stranger is sent to sign in, then the redirect carries the headers too', async () => {
    const response = await proxy(request('/payments', {}));
    expect(loginRedirect(response)).toMatch(/\/login/);
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });
});
