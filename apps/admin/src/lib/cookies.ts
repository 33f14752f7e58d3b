// Names of their own, so a storefront session on the same host never signs anyone in here.
export const ACCESS_COOKIE = 'adm_access';
export const REFRESH_COOKIE = 'adm_refresh';
export const REFRESH_MAX_AGE = 30 * 24 * 3600;

export const cookieOptions = (maxAge: number) => ({
  httpOnly: true,
  // Strict: a staff action is never the target of a link or form on another site.
  sameSite: 'strict' as const,
  secure: process.env['COOKIE_SECURE'] === 'true',
  path: '/',
  maxAge,
});
