import { NextRequest } from 'next/server.js';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { cookieJar } from '../src/testing.js';

const state = vi.hoisted(() => ({ jar: undefined as unknown, host: '' }));
vi.mock('next/headers.js', () => ({ cookies: async () => state.jar, headers: async () => new Headers({ host: state.host }) }));

const { sessionCookies } = await import('../src/session.js');

const session = sessionCookies({ access: 't_access', refresh: 't_refresh', sameSite: 'lax' });
const pair = { accessToken: 'access-1', refreshToken: 'refresh-1', expiresIn: 900 };

describe('session cookies are Secure unless the browser is on loopback', () => {
  beforeEach(() => {
    state.jar = cookieJar();
  });

  it.each([
    ['shop.example.com', true],
    ['localhost:3000', false],
    ['127.0.0.1:3000', false],
  ])('when a sign-in is answered on %s, then Secure is %s', async (host, secure) => {
    state.host = host;
    await session.set(pair);
    const jar = state.jar as ReturnType<typeof cookieJar>;
    expect(jar.options.get('t_access')).toMatchObject({ secure, httpOnly: true });
    expect(jar.options.get('t_refresh')).toMatchObject({ secure, httpOnly: true });
    expect(await session.options(60)).toMatchObject({ secure });
  });

  it.each([
    ['https://shop.example.com/account', 'shop.example.com', true],
    ['http://localhost:3000/account', 'localhost:3000', false],
  ])('when the proxy rotates the pair for %s, then the cookies it sets are Secure: %s', (url, host, secure) => {
    const response = session.rotated(new NextRequest(url, { headers: { host } }), pair);
    const cookies = response.headers.getSetCookie();
    expect(cookies).toHaveLength(2);
    for (const cookie of cookies) expect(/;\s*Secure/i.test(cookie)).toBe(secure);
  });
});
