import type { Role } from './types.js';

/** What an app reads from an access token's payload. */
export interface Claims {
  sub: string;
  email: string;
  /** `customer`, `admin` (or `service` for machine clients). */
  role: Role | 'service';
  exp: number;
}

/**
 * Reads a JWT's payload without verifying it: the gateway verifies every call; an app only uses this
 * to know who is signed in, with which role, and when the token lapses. Null for anything malformed.
 */
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

/** True while the token has more than `marginMs` left. */
export const isFresh = (claims: Claims | null, marginMs = 0, now = Date.now()): claims is Claims =>
  claims !== null && claims.exp * 1000 - now > marginMs;
