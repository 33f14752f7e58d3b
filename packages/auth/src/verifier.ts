import { UnauthenticatedError, UpstreamUnavailableError } from '@shop/errors/errors';
import {
  createLocalJWKSet,
  createRemoteJWKSet,
  errors as joseErrors,
  jwtVerify,
  type JSONWebKeySet,
  type JWTVerifyGetKey,
  type JWTPayload,
} from 'jose';
import type { DenyList } from './deny-list.js';
import { ROLES, type Principal, type Role } from './principal.js';

export interface VerifierOptions {
  issuer: string;
  audience: string;
  /** The user service's JWKS document, fetched lazily, cached, refetched on an unknown `kid`. */
  jwksUrl?: string;
  /** A key set held in process (the user service verifies its own tokens this way). */
  jwks?: JSONWebKeySet | (() => JSONWebKeySet);
  /** Accept HS256 with this shared secret. Off unless configured explicitly. */
  hs256Secret?: string | undefined;
  /**
   * How long a verified token's principal is remembered, so a service called many times with one
   * token (a service token, a customer's checkout) checks its signature once. Never past the
   * token's own expiry. 0 turns it off. Default 60 s.
   */
  cacheMs?: number;
  /** Tokens remembered at most (oldest forgotten first). Default 10,000. */
  cacheSize?: number;
  /**
   * Users whose tokens issued up to a change (deactivation, new role) are refused. Consulted on
   * every verification, remembered tokens included.
   */
  denyList?: DenyList;
}

export interface TokenVerifier {
  /** Resolves the principal of a valid access token; throws `UnauthenticatedError` otherwise. */
  verify(token: string): Promise<Principal>;
}

function keyResolver(options: VerifierOptions): JWTVerifyGetKey {
  if (options.jwks) {
    const source = options.jwks;
    return (header, token) => createLocalJWKSet(typeof source === 'function' ? source() : source)(header, token);
  }
  if (options.jwksUrl) {
    return createRemoteJWKSet(new URL(options.jwksUrl), {
      cooldownDuration: 5_000,
      cacheMaxAge: 10 * 60_000,
      timeoutDuration: 3_000,
    });
  }
  throw new Error('A token verifier needs jwksUrl or jwks');
}

function toPrincipal(payload: JWTPayload): Principal {
  const role = payload['role'];
  if (typeof payload.sub !== 'string' || typeof role !== 'string' || !ROLES.includes(role as Role)) {
    throw new UnauthenticatedError('The access token is missing its subject or role.');
  }
  const email = payload['email'];
  return {
    sub: payload.sub,
    role: role as Role,
    email: typeof email === 'string' ? email : undefined,
    jti: payload.jti,
  };
}

function describe(error: unknown): string {
  if (error instanceof joseErrors.JWTExpired) return 'The access token has expired.';
  if (error instanceof joseErrors.JWTClaimValidationFailed) return `The access token's ${error.claim} claim is not accepted.`;
  if (error instanceof joseErrors.JWKSNoMatchingKey) return 'The access token was signed by an unknown key.';
  return 'The access token is not valid.';
}

export function createTokenVerifier(options: VerifierOptions): TokenVerifier {
  const asymmetric = keyResolver(options);
  const secret = options.hs256Secret ? new TextEncoder().encode(options.hs256Secret) : undefined;
  const algorithms = secret ? ['ES256', 'EdDSA', 'HS256'] : ['ES256', 'EdDSA'];
  const getKey: JWTVerifyGetKey = (header, token) => {
    if (header.alg === 'HS256') {
      if (!secret) throw new joseErrors.JOSEAlgNotAllowed('HS256 is not enabled');
      return secret;
    }
    return asymmetric(header, token);
  };
  const cacheMs = options.cacheMs ?? 60_000;
  const cacheSize = options.cacheSize ?? 10_000;
  const verified = new Map<string, { principal: Principal; issuedAt: number; until: number }>();

  function remember(token: string, principal: Principal, issuedAt: number, exp: number | undefined): void {
    if (cacheMs <= 0 || exp === undefined) return;
    if (verified.size >= cacheSize) verified.delete(verified.keys().next().value!);
    verified.set(token, { principal, issuedAt, until: Math.min(Date.now() + cacheMs, exp * 1000) });
  }

  function unlessDenied(principal: Principal, issuedAt: number): Principal {
    if (options.denyList?.refuses(principal.sub, issuedAt)) {
      throw new UnauthenticatedError('The access token predates a change to its account (deactivated, or a new role). Sign in again.');
    }
    return principal;
  }

  return {
    async verify(token) {
      const known = verified.get(token);
      if (known) {
        if (Date.now() < known.until) return unlessDenied(known.principal, known.issuedAt);
        verified.delete(token);
      }
      try {
        const { payload } = await jwtVerify(token, getKey, {
          issuer: options.issuer,
          audience: options.audience,
          algorithms,
          requiredClaims: ['exp', 'iat', 'sub'],
        });
        const principal = toPrincipal(payload);
        const issuedAt = payload.iat!; // a required claim
        remember(token, principal, issuedAt, payload.exp);
        return unlessDenied(principal, issuedAt);
      } catch (error) {
        if (error instanceof UnauthenticatedError) throw error;
        // Keys that cannot be fetched are an outage (503), not a bad token (401).
        if (error instanceof joseErrors.JWKSTimeout || !(error instanceof joseErrors.JOSEError)) {
          throw new UpstreamUnavailableError('user service (JWKS)', error);
        }
        throw new UnauthenticatedError(describe(error));
      }
    },
  };
}
