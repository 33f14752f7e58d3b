import { cookies } from 'next/headers';
import type { AuthResult } from '@shop/api-client/types';

export const ACCESS_COOKIE = 'sf_access';
export const REFRESH_COOKIE = 'sf_refresh';
export const GUEST_COOKIE = 'sf_guest';

const REFRESH_MAX_AGE = 30 * 24 * 3600;
const GUEST_MAX_AGE = 7 * 24 * 3600;

export const cookieOptions = (maxAge: number) => ({
  httpOnly: true,
  sameSite: 'lax' as const,
  secure: process.env['COOKIE_SECURE'] === 'true',
  path: '/',
  maxAge,
});

export interface Claims {
  sub: string;
  email: string;
  exp: number;
}

/** Reads a JWT's payload without verifying it: the gateway verifies; this only shows who is signed in. */
export function decodeClaims(token: string | undefined): Claims | null {
  const payload = token?.split('.')[1];
  if (!payload) return null;
  try {
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Partial<Claims>;
    return typeof claims.sub === 'string' && typeof claims.exp === 'number' ? (claims as Claims) : null;
  } catch {
    return null;
  }
}

export async function getAccessToken(): Promise<string | undefined> {
  const token = (await cookies()).get(ACCESS_COOKIE)?.value;
  const claims = decodeClaims(token);
  return claims && claims.exp * 1000 > Date.now() ? token : undefined;
}

/** The signed-in customer (from the access token's claims), or null. */
export async function getCustomer(): Promise<{ id: string; email: string } | null> {
  const claims = decodeClaims(await getAccessToken());
  return claims ? { id: claims.sub, email: claims.email } : null;
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

export async function getGuestId(): Promise<string | undefined> {
  const id = (await cookies()).get(GUEST_COOKIE)?.value;
  return id && /^guest_[0-9a-f-]{36}$/.test(id) ? id : undefined;
}

/** The cart to show: the customer's own, else the guest cart from the cookie (none yet: null). */
export async function currentCartId(): Promise<string | null> {
  return (await getCustomer())?.id ?? (await getGuestId()) ?? null;
}

/** Only from a server action: the cart to write to, creating a guest id when there is none. */
export async function cartIdForWrite(): Promise<string> {
  const existing = await currentCartId();
  if (existing) return existing;
  const id = `guest_${crypto.randomUUID()}`;
  (await cookies()).set(GUEST_COOKIE, id, cookieOptions(GUEST_MAX_AGE));
  return id;
}

/** A `next` parameter only ever leads back into this site. */
export function safeNext(value: FormDataEntryValue | string | null | undefined, fallback = '/account'): string {
  return typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/\\') ? value : fallback;
}
