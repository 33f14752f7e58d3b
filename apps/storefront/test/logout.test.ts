import { cookieJar, fakeGateway, tokenWith, type FakeGateway } from '@shop/next-host/testing';
import { createApiClient } from '@shop/api-client/client';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';

const state = vi.hoisted(() => ({ jar: undefined as unknown, logoutStatus: 204 }));
// The request being served, as the app's server (serve.ts) signed the browser's address into it.
const VOUCHED = `198.51.100.23; t=${Math.floor(Date.now() / 1000)}; v1=${'ab'.repeat(32)}`;
vi.mock('next/headers', () => ({ cookies: async () => state.jar, headers: async () => new Headers({ 'x-shop-client-address': VOUCHED }) }));
vi.mock('next/cache', () => ({ revalidatePath: () => undefined }));
vi.mock('next/navigation', () => ({
  redirect: (to: string) => {
    throw new Error(`redirect ${to}`);
  },
}));

const { logout } = await import('../src/lib/actions.js');

// Lapsed: sign-out must not depend on a live access token.
const lapsedCustomer = tokenWith({ sub: 'u-1', email: 'ada@example.com', role: 'customer', exp: Math.floor(Date.now() / 1000) - 60 });
const pair = { accessToken: lapsedCustomer, refreshToken: 'customer-next', expiresIn: 900, user: { id: 'u-1', role: 'customer' } };

let gateway: FakeGateway;
beforeAll(async () => {
  gateway = await fakeGateway((refreshToken) => (refreshToken.startsWith('customer-refresh') ? pair : null), {
    logoutStatus: () => state.logoutStatus,
  });
  process.env['GATEWAY_URL'] = gateway.url;
});
afterAll(() => gateway.close());
afterEach(() => {
  state.logoutStatus = 204;
  vi.restoreAllMocks();
});

describe('storefront sign-out', () => {
  it('when a customer signs out, then the gateway revokes the refresh token, the old cookie no longer refreshes, and both cookies go', async () => {
    const jar = cookieJar({ sf_access: lapsedCustomer, sf_refresh: 'customer-refresh-1' });
    state.jar = jar;
    await expect(logout()).rejects.toThrow(/^redirect \/$/);
    expect(gateway.revoked).toEqual(['customer-refresh-1']);
    expect(gateway.vouched[0]).toBe(VOUCHED);
    await expect(createApiClient({ baseUrl: gateway.url }).refresh('customer-refresh-1')).rejects.toMatchObject({ status: 401 });
    expect([...jar.values.keys()]).toEqual([]);
  });

  it('when the gateway refuses the sign-out, then the refusal is logged and the cookies are cleared anyway', async () => {
    state.logoutStatus = 401;
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const jar = cookieJar({ sf_access: lapsedCustomer, sf_refresh: 'customer-refresh-2' });
    state.jar = jar;
    await expect(logout()).rejects.toThrow(/^redirect \/$/);
    expect(gateway.revoked).not.toContain('customer-refresh-2');
    expect(errors).toHaveBeenCalledWith(expect.stringMatching(/sign-out: the gateway did not revoke the refresh token/));
    expect(errors.mock.calls.join(' ')).not.toContain('customer-refresh-2');
    expect([...jar.values.keys()]).toEqual([]);
  });
});
