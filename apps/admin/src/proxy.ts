import { NextResponse, type NextRequest } from 'next/server';
import { decodeClaims, isFresh } from '@shop/api-client/claims';
import { onward, withSecurityHeaders } from '@shop/next-host/security-headers';
import { forRequest } from './lib/api';
import { session } from './lib/session';

const REFRESH_MARGIN_MS = 60_000;

function toLogin(request: NextRequest) {
  const url = request.nextUrl.clone();
  url.pathname = '/login';
  url.search = `?next=${encodeURIComponent(request.nextUrl.pathname + request.nextUrl.search)}`;
  return session.forget(NextResponse.redirect(url));
}

/** Every page and action answer carries the security headers and a fresh script nonce. */
export function proxy(request: NextRequest) {
  return withSecurityHeaders(request, admitStaff);
}

/**
 * Every page but sign-in needs an admin. Keeps the session alive: when the access token is missing or
 * within 60 s of expiry and a refresh token is present, rotates the pair at the gateway and sets both
 * httpOnly cookies (on the response for the browser, on the request for the page rendering now).
 * Without a usable session, or with a token whose role is not admin, it sends the browser to /login.
 */
async function admitStaff(request: NextRequest) {
  const isLogin = request.nextUrl.pathname === '/login';
  const claims = decodeClaims(request.cookies.get(session.names.access)?.value);
  if (claims && claims.role !== 'admin') return isLogin ? onward(request) : toLogin(request);
  if (isFresh(claims, REFRESH_MARGIN_MS)) return onward(request);

  const refreshToken = request.cookies.get(session.names.refresh)?.value;
  if (!refreshToken) return isLogin || isFresh(claims) ? onward(request) : toLogin(request);
  try {
    const auth = await forRequest(request).refresh(refreshToken);
    if (auth.user.role !== 'admin') return toLogin(request);
    return session.rotated(request, auth);
  } catch {
    // Revoked, expired, or the role was taken away: sign in again.
    return isLogin ? session.forget(onward(request)) : toLogin(request);
  }
}

export const config = {
  // Pages and actions only: not static files, product pictures or a sent email (its policy is its own).
  matcher: ['/((?!_next/|media/|emails/|favicon.ico).*)'],
};
