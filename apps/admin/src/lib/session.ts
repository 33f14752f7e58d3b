import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { decodeClaims, isFresh, type Claims } from '@shop/api-client/claims';
import type { AuthResult } from '@shop/api-client/types';
import { ACCESS_COOKIE, REFRESH_COOKIE, REFRESH_MAX_AGE, cookieOptions } from './cookies';

/** An admin's claims from a token, or null for a customer's, a lapsed or a malformed one. */
export function adminClaims(token: string | undefined): Claims | null {
  const claims = decodeClaims(token);
  return isFresh(claims) && claims.role === 'admin' ? claims : null;
}

export async function getAccessToken(): Promise<string | undefined> {
  const token = (await cookies()).get(ACCESS_COOKIE)?.value;
  return adminClaims(token) ? token : undefined;
}

/** The signed-in admin, or null. */
export async function getStaff(): Promise<{ id: string; email: string } | null> {
  const claims = adminClaims(await getAccessToken());
  return claims ? { id: claims.sub, email: claims.email } : null;
}

/** For pages: the signed-in admin, else off to the sign-in page. */
export async function requireStaff(next = '/'): Promise<{ id: string; email: string }> {
  const staff = await getStaff();
  if (!staff) redirect(`/login?next=${encodeURIComponent(next)}`);
  return staff;
}

/** Only from a server action or route handler. */
export async function setAuthCookies(auth: Pick<AuthResult, 'accessToken' | 'refreshToken' | 'expiresIn'>) {
  const jar = await cookies();
  jar.set(ACCESS_COOKIE, auth.accessToken, cookieOptions(auth.expiresIn));
  jar.set(REFRESH_COOKIE, auth.refreshToken, cookieOptions(REFRESH_MAX_AGE));
}

export async function clearAuthCookies() {
  const jar = await cookies();
  jar.delete(ACCESS_COOKIE);
  jar.delete(REFRESH_COOKIE);
}

/** A `next` parameter only ever leads back into this app. */
export function safeNext(value: FormDataEntryValue | string | null | undefined, fallback = '/'): string {
  return typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/\\') ? value : fallback;
}
