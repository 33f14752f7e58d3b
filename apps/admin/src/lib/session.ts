import { redirect } from 'next/navigation';
import { decodeClaims, isFresh, type Claims } from '@shop/api-client/claims';
import { sessionCookies } from '@shop/next-host/session';

export { safeNext } from '@shop/next-host/session';

/**
 * Names of their own, so a storefront session on the same host never signs anyone in here; strict,
 * because a staff action is never the target of a link or form on another site.
 */
export const session = sessionCookies({ access: 'adm_access', refresh: 'adm_refresh', sameSite: 'strict' });

/** An admin's claims from a token, or null for a customer's, a lapsed or a malformed one. */
export function adminClaims(token: string | undefined): Claims | null {
  const claims = decodeClaims(token);
  return isFresh(claims) && claims.role === 'admin' ? claims : null;
}

export async function getAccessToken(): Promise<string | undefined> {
  const token = await session.accessToken();
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
