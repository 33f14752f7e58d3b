import { NextResponse, type NextRequest } from 'next/server';
import { createApiClient } from '@shop/api-client/client';
import { decodeClaims, isFresh } from '@shop/api-client/claims';
import { ACCESS_COOKIE, REFRESH_COOKIE, REFRESH_MAX_AGE, cookieOptions } from './lib/cookies';

const REFRESH_MARGIN_MS = 60_000;

function toLogin(request: NextRequest) {
  const url = request.nextUrl.clone();
  url.pathname = '/login';
  url.search = `?next=${encodeURIComponent(request.nextUrl.pathname + request.nextUrl.search)}`;
  const response = NextResponse.redirect(url);
  response.cookies.delete(ACCESS_COOKIE);
  response.cookies.delete(REFRESH_COOKIE);
  return response;
}

/**
 * Every page but sign-in needs an admin. Keeps the session alive: when the access token is missing or
 * within 60 s of expiry and a refresh token is present, rotates the pair at the gateway and sets both
 * httpOnly cookies (on the response for the browser, on the request for the page rendering now).
 * Without a usable session, or with a token whose role is not admin, it sends the browser to /login.
 */
export async function proxy(request: NextRequest) {
  const isLogin = request.nextUrl.pathname === '/login';
  const claims = decodeClaims(request.cookies.get(ACCESS_COOKIE)?.value);
  if (claims && claims.role !== 'admin') return isLogin ? NextResponse.next() : toLogin(request);
  if (isFresh(claims, REFRESH_MARGIN_MS)) return NextResponse.next();

  const refreshToken = request.cookies.get(REFRESH_COOKIE)?.value;
  if (!refreshToken) return isLogin || isFresh(claims) ? NextResponse.next() : toLogin(request);
  const client = createApiClient({ baseUrl: process.env['GATEWAY_URL'] ?? 'http://127.0.0.1:8080' });
  try {
    const auth = await client.refresh(refreshToken);
    if (auth.user.role !== 'admin') return toLogin(request);
    request.cookies.set(ACCESS_COOKIE, auth.accessToken);
    request.cookies.set(REFRESH_COOKIE, auth.refreshToken);
    const response = NextResponse.next({ request: { headers: request.headers } });
    response.cookies.set(ACCESS_COOKIE, auth.accessToken, cookieOptions(auth.expiresIn));
    response.cookies.set(REFRESH_COOKIE, auth.refreshToken, cookieOptions(REFRESH_MAX_AGE));
    return response;
  } catch {
    // Revoked, expired, or the role was taken away: sign in again.
    if (isLogin) {
      const response = NextResponse.next();
      response.cookies.delete(ACCESS_COOKIE);
      response.cookies.delete(REFRESH_COOKIE);
      return response;
    }
    return toLogin(request);
  }
}

export const config = {
  // Pages and actions only: not static files or product pictures.
  matcher: ['/((?!_next/|media/|favicon.ico).*)'],
};
