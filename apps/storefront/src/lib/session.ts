import { cookies } from 'next/headers';
import { decodeClaims, isFresh } from '@shop/api-client/claims';
import { safeNext as safeNextIn, sessionCookies } from '@shop/next-host/session';

export const session = sessionCookies({ access: 'sf_access', refresh: 'sf_refresh', sameSite: 'lax' });
export const GUEST_COOKIE = 'sf_guest';

const GUEST_MAX_AGE = 7 * 24 * 3600;

export async function getAccessToken(): Promise<string | undefined> {
  const token = await session.accessToken();
  return isFresh(decodeClaims(token)) ? token : undefined;
}

/** The signed-in customer (from the access token's claims), or null. */
export async function getCustomer(): Promise<{ id: string; email: string } | null> {
  const claims = decodeClaims(await getAccessToken());
  return claims ? { id: claims.sub, email: claims.email } : null;
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
  (await cookies()).set(GUEST_COOKIE, id, await session.options(GUEST_MAX_AGE));
  return id;
}

/** A `next` parameter only ever leads back into this site (by default to the account page). */
export const safeNext = (value: unknown, fallback = '/account') => safeNextIn(value, fallback);
