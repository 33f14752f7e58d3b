import { cookies, headers } from 'next/headers.js';
import { NextResponse, type NextRequest } from 'next/server.js';
import { isLoopbackOrigin } from './security-headers.js';

/** What a sign-in, sign-up or refresh at the gateway answers with. */
export interface TokenPair {
  accessToken: string;
  refreshToken: string;
  /** Seconds the access token lives. */
  expiresIn: number;
}

export interface SessionCookieNames {
  access: string;
  refresh: string;
  /** `strict` where no link or form on another site should ever act with the session (admin). */
  sameSite: 'lax' | 'strict';
}

const REFRESH_MAX_AGE = 30 * 24 * 3600;

/**
 * A web app's session: the access and refresh tokens in httpOnly cookies of its own names (so a
 * storefront session never signs anyone in to the admin on the same host), `Secure` unless the
 * browser is on a loopback origin (`isLoopbackOrigin`). The cookie helpers work from server
 * components, actions and route handlers; the `rotated`/`signedOut` pair is for the proxy, which
 * must change the request being rendered too.
 */
export function sessionCookies(names: SessionCookieNames) {
  const attributes = (maxAge: number, secure: boolean) => ({
    httpOnly: true,
    sameSite: names.sameSite,
    secure,
    path: '/',
    maxAge,
  });

  return {
    names,

    /** Only from a server action or route handler: the options for another cookie of this app. */
    async options(maxAge: number) {
      return attributes(maxAge, !isLoopbackOrigin(await headers()));
    },

    async accessToken(): Promise<string | undefined> {
      return (await cookies()).get(names.access)?.value;
    },

    async refreshToken(): Promise<string | undefined> {
      return (await cookies()).get(names.refresh)?.value;
    },

    /** Only from a server action or route handler. */
    async set(auth: TokenPair): Promise<void> {
      const jar = await cookies();
      const secure = !isLoopbackOrigin(await headers());
      jar.set(names.access, auth.accessToken, attributes(auth.expiresIn, secure));
      jar.set(names.refresh, auth.refreshToken, attributes(REFRESH_MAX_AGE, secure));
    },

    async clear(): Promise<void> {
      const jar = await cookies();
      jar.delete(names.access);
      jar.delete(names.refresh);
    },

    /**
     * Only from a server action: has the gateway revoke the refresh token (`revoke`, which needs no
     * access token: holding the refresh token is the proof), then drops both cookies whatever it
     * answered. A refusal is logged, never swallowed: it leaves a live token behind.
     */
    async signOut(revoke: (refreshToken: string) => Promise<unknown>): Promise<void> {
      const refreshToken = await this.refreshToken();
      if (refreshToken) {
        try {
          await revoke(refreshToken);
        } catch (error) {
          const reason = error instanceof Error ? error.message : String(error);
          // eslint-disable-next-line no-console -- the web apps have no logger of their own; Next.js writes this to the server log.
          console.error(`sign-out: the gateway did not revoke the refresh token (${reason}); the cookies are cleared anyway`);
        }
      }
      await this.clear();
    },

    /** In the proxy: go on with the rotated pair, for the page rendering now and for the browser. */
    rotated(request: NextRequest, auth: TokenPair): NextResponse {
      // The request's cookies first: the response copies the request headers when it is made.
      request.cookies.set(names.access, auth.accessToken);
      request.cookies.set(names.refresh, auth.refreshToken);
      const response = NextResponse.next({ request: { headers: request.headers } });
      const secure = !isLoopbackOrigin(request.headers);
      response.cookies.set(names.access, auth.accessToken, attributes(auth.expiresIn, secure));
      response.cookies.set(names.refresh, auth.refreshToken, attributes(REFRESH_MAX_AGE, secure));
      return response;
    },

    /** In the proxy: go on signed out, for the page rendering now and for the browser. */
    signedOut(request: NextRequest): NextResponse {
      request.cookies.delete(names.access);
      request.cookies.delete(names.refresh);
      return this.forget(NextResponse.next({ request: { headers: request.headers } }));
    },

    /** Tells the browser to drop both cookies with this response. */
    forget(response: NextResponse): NextResponse {
      response.cookies.delete(names.access);
      response.cookies.delete(names.refresh);
      return response;
    },
  };
}

/** A `next` parameter only ever leads back into this app. */
export function safeNext(value: unknown, fallback = '/'): string {
  return typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/\\') ? value : fallback;
}
