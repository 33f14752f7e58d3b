import { NextResponse, type NextRequest } from 'next/server';
import { createApiClient } from '@shop/api-client/client';
import { ACCESS_COOKIE, REFRESH_COOKIE, cookieOptions, decodeClaims } from './lib/session';

const REFRESH_MARGIN_MS = 60_000;

/**
 * Keeps the session alive: when the access token is missing or within 60 s of expiry and a refresh
 * token is present, rotates the pair at the gateway and sets both httpOnly cookies, on the response
 * for the browser and on the request for the page rendering right now.
 */
export async function proxy(request: NextRequest) {
  const refreshToken = request.cookies.get(REFRESH_COOKIE)?.value;
  if (!refreshToken) return NextResponse.next();
  const claims = decodeClaims(request.cookies.get(ACCESS_COOKIE)?.value);
  if (claims && claims.exp * 1000 - Date.now() > REFRESH_MARGIN_MS) return NextResponse.next();

  const client = createApiClient({ baseUrl: process.env['GATEWAY_URL'] ?? 'http://127.0.0.1:8080' });
  try {
    const auth = await client.refresh(refreshToken);
    request.cookies.set(ACCESS_COOKIE, auth.accessToken);
    request.cookies.set(REFRESH_COOKIE, auth.refreshToken);
    const response = NextResponse.next({ request: { headers: request.headers } });
    response.cookies.set(ACCESS_COOKIE, auth.accessToken, cookieOptions(auth.expiresIn));
    response.cookies.set(REFRESH_COOKIE, auth.refreshToken, cookieOptions(30 * 24 * 3600));
    return response;
  } catch {
    // Revoked or expired: sign out quietly.
    request.cookies.delete(ACCESS_COOKIE);
    request.cookies.delete(REFRESH_COOKIE);
    const response = NextResponse.next({ request: { headers: request.headers } });
    response.cookies.delete(ACCESS_COOKIE);
    response.cookies.delete(REFRESH_COOKIE);
    return response;
  }
}

export const config = {
  // Pages and actions only: not static files, product pictures or the suggestion endpoint.
  matcher: ['/((?!_next/|media/|api/suggest|favicon.ico).*)'],
};
