import type { NextRequest } from 'next/server';
import { decodeClaims, isFresh } from '@shop/api-client/claims';
import { onward, withSecurityHeaders } from '@shop/next-host/security-headers';
import { forRequest } from './lib/api';
import { session } from './lib/session';

const REFRESH_MARGIN_MS = 60_000;

/** Every page and action answer carries the security headers and a fresh script nonce. */
export function proxy(request: NextRequest) {
  return withSecurityHeaders(request, keepSessionAlive);
}

/**
 * When the access token is missing or within 60 s of expiry and a refresh token is present, rotates
 * the pair at the gateway and sets both httpOnly cookies, on the response for the browser and on
 * the request for the page rendering right now.
 */
async function keepSessionAlive(request: NextRequest) {
  const refreshToken = request.cookies.get(session.names.refresh)?.value;
  if (!refreshToken) return onward(request);
  if (isFresh(decodeClaims(request.cookies.get(session.names.access)?.value), REFRESH_MARGIN_MS)) return onward(request);

  try {
    return session.rotated(request, await forRequest(request).refresh(refreshToken));
  } catch {
    // Revoked or expired: sign out quietly.
    return session.signedOut(request);
  }
}

export const config = {
  // Pages and actions only: not static files, product pictures or the suggestion endpoint.
  matcher: ['/((?!_next/|media/|api/suggest|favicon.ico).*)'],
};
