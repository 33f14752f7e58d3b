import { NextRequest } from 'next/server.js';
import { fakeGateway, tokenWith, type FakeGateway } from '@shop/next-host/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { proxy } from '../src/proxy.js';

const now = () => Math.floor(Date.now() / 1000);
const customer = (exp: number) => tokenWith({ sub: 'u-1', email: 'ada@example.com', role: 'customer', exp });
const fresh = customer(now() + 900);

let gateway: FakeGateway;
beforeAll(async () => {
  gateway = await fakeGateway((refreshToken) =>
    refreshToken === 'good-refresh'
      ? { accessToken: fresh, refreshToken: 'next-refresh', expiresIn: 900, user: { id: 'u-1', role: 'customer' } }
      : null,
  );
  process.env['GATEWAY_URL'] = gateway.url;
});
afterAll(() => gateway.close());

function page(cookies: Record<string, string>) {
  const header = Object.entries(cookies)
    .map(([k, v]) => `${k}=${v}`)
    .join('; ');
  return new NextRequest('http://localhost:3000/account', { headers: header ? { cookie: header } : {} });
}

/** The cookies the page rendering now sees (the proxy rewrites the request's Cookie header). */
const forwarded = (response: Response) => response.headers.get('x-middleware-request-cookie') ?? '';

describe('storefront proxy: the session is kept alive', () => {
  it('when the access token has more than a minute left, then nothing is refreshed', async () => {
    const before = gateway.refreshed.length;
    const response = await proxy(page({ sf_access: fresh, sf_refresh: 'good-refresh' }));
    expect(response.headers.get('set-cookie')).toBeNull();
    expect(gateway.refreshed.length).toBe(before);
  });

  it('when the access token is about to lapse, then the pair is rotated for the browser (httpOnly) and for the page rendering now', async () => {
    const response = await proxy(page({ sf_access: customer(now() + 30), sf_refresh: 'good-refresh' }));
    expect(gateway.refreshed.at(-1)).toBe('good-refresh');
    const set = response.headers.getSetCookie();
    expect(set.find((c) => c.startsWith(`sf_access=${fresh}`))).toMatch(/HttpOnly/i);
    expect(set.find((c) => c.startsWith('sf_refresh=next-refresh'))).toMatch(/SameSite=lax/i);
    expect(forwarded(response)).toContain(`sf_access=${fresh}`);
    expect(forwarded(response)).toContain('sf_refresh=next-refresh');
  });

  it("when the proxy refreshes, then it passes on the shopper's address the app's server vouched for", async () => {
    const vouched = `203.0.113.44; t=${now()}; v1=${'cd'.repeat(32)}`;
    const request = page({ sf_refresh: 'good-refresh' });
    request.headers.set('x-shop-client-address', vouched);
    await proxy(request);
    expect(gateway.vouched.at(-1)).toBe(vouched);
  });

  it('when only a refresh token is left, then a new access token is fetched with it', async () => {
    const response = await proxy(page({ sf_refresh: 'good-refresh' }));
    expect(response.headers.getSetCookie().some((c) => c.startsWith(`sf_access=${fresh}`))).toBe(true);
  });

  it('when the refresh token is refused, then both cookies are dropped and the page renders signed out', async () => {
    const response = await proxy(page({ sf_access: customer(now() - 5), sf_refresh: 'revoked' }));
    const set = response.headers.getSetCookie();
    expect(set.some((c) => c.startsWith('sf_access=;'))).toBe(true);
    expect(set.some((c) => c.startsWith('sf_refresh=;'))).toBe(true);
    expect(forwarded(response)).not.toContain('sf_access');
  });

  it('when a guest has no session, then the proxy does nothing', async () => {
    const before = gateway.refreshed.length;
    const response = await proxy(page({ sf_guest: 'guest_1' }));
    expect(response.headers.get('set-cookie')).toBeNull();
    expect(gateway.refreshed.length).toBe(before);
  });
});

describe('storefront proxy: every page answer carries the security headers', () => {
  it.each([
    ['a guest', {}],
    ['a customer whose token is fresh', { sf_access: fresh, sf_refresh: 'good-refresh' }],
    ['a customer whose token is rotated', { sf_refresh: 'good-refresh' }],
    ['a customer whose refresh is refused', { sf_refresh: 'revoked' }],
  ])('when %s asks for a page, then the browser gets the policy and the page renders with its nonce', async (_who, cookies) => {
    const response = await proxy(page(cookies));
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
    expect(policy).toContain("frame-ancestors 'none'");
    // Next.js takes the nonce for the page's scripts from the policy on the request it renders.
    expect(response.headers.get('x-middleware-request-content-security-policy')).toBe(policy);
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });
});
