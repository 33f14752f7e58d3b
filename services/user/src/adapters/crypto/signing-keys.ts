import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { loadOrCreateFileAsync } from '@shop/config/secrets';
import {
  SignJWT,
  calculateJwkThumbprint,
  exportJWK,
  generateKeyPair,
  importJWK,
  importPKCS8,
  type CryptoKey,
  type JSONWebKeySet,
  type JWK,
} from 'jose';
import type { AccessTokenClaims, TokenSigner } from '../../domain/ports.js';

export interface SigningKey {
  kid: string;
  privateKey: CryptoKey;
  publicJwk: JWK;
}

async function privateJwk(dataDir: string, fromEnv?: string): Promise<JWK> {
  if (fromEnv?.includes('BEGIN')) return exportJWK(await importPKCS8(fromEnv, 'ES256', { extractable: true }));
  if (fromEnv) return JSON.parse(fromEnv) as JWK;
  const { value } = await loadOrCreateFileAsync(join(dataDir, 'secrets', 'jwt-es256.jwk.json'), async () => {
    const { privateKey } = await generateKeyPair('ES256', { extractable: true });
    return JSON.stringify({ ...(await exportJWK(privateKey)), kid: randomUUID(), alg: 'ES256' });
  });
  return JSON.parse(value) as JWK;
}

/**
 * The ES256 key that signs access tokens: from `JWT_PRIVATE_KEY` (PKCS#8 PEM or a private JWK)
 * when set, otherwise generated once into `<dataDir>/secrets/jwt-es256.jwk.json`.
 */
export async function loadSigningKey(dataDir: string, fromEnv?: string): Promise<SigningKey> {
  const jwk = await privateJwk(dataDir, fromEnv);
  if (jwk.kty !== 'EC' || jwk.crv !== 'P-256' || !jwk.d) throw new Error('JWT_PRIVATE_KEY must be a P-256 (ES256) private key');
  const { d: _secret, ...publicPart } = jwk;
  const kid = jwk.kid ?? (await calculateJwkThumbprint(publicPart));
  const privateKey = (await importJWK({ ...jwk, alg: 'ES256' }, 'ES256')) as CryptoKey;
  return {
    kid,
    privateKey,
    publicJwk: { kty: publicPart.kty, crv: publicPart.crv, x: publicPart.x, y: publicPart.y, kid, alg: 'ES256', use: 'sig' },
  };
}

export function jwksOf(key: SigningKey): JSONWebKeySet {
  return { keys: [key.publicJwk] };
}

export function createTokenSigner(key: SigningKey, options: { issuer: string; audience: string; ttlSeconds: number }): TokenSigner {
  return {
    async sign(claims: AccessTokenClaims) {
      const token = await new SignJWT({ role: claims.role, ...(claims.email ? { email: claims.email } : {}) })
        .setProtectedHeader({ alg: 'ES256', kid: key.kid, typ: 'JWT' })
        .setSubject(claims.sub)
        .setIssuer(options.issuer)
        .setAudience(options.audience)
        .setIssuedAt()
        .setExpirationTime(`${options.ttlSeconds}s`)
        .setJti(randomUUID())
        .sign(key.privateKey);
      return { token, expiresIn: options.ttlSeconds };
    },
  };
}
