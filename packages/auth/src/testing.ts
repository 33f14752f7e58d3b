import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SignJWT, exportJWK, generateKeyPair, type CryptoKey, type JWK } from 'jose';
import type { Role } from './principal.js';

export interface TestIssuer {
  /** Serve this as `JWKS_URL` to the service under test. */
  jwksUrl: string;
  /** Serve this as `USER_SERVICE_URL`: it grants service tokens at `/api/v1/auth/token`. */
  url: string;
  issuer: string;
  audience: string;
  /** A signed access token for the given subject and role. */
  token(claims: { sub?: string; role: Role; email?: string }): Promise<string>;
  close(): Promise<void>;
}

/**
 * For component tests of services that verify tokens against the user service's JWKS: a local
 * JWKS endpoint and a signer with the matching key, so tests need no user service.
 */
export async function startTestIssuer(issuer = 'shop-platform', audience = 'shop-platform'): Promise<TestIssuer> {
  const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
  const kid = randomUUID();
  const jwk: JWK = { ...(await exportJWK(publicKey)), kid, alg: 'ES256', use: 'sig' };
  const sign = (claims: { sub?: string; role: Role; email?: string }) =>
    new SignJWT({ role: claims.role, ...(claims.email ? { email: claims.email } : {}) })
      .setProtectedHeader({ alg: 'ES256', kid })
      .setSubject(claims.sub ?? randomUUID())
      .setIssuer(issuer)
      .setAudience(audience)
      .setIssuedAt()
      .setExpirationTime('15m')
      .setJti(randomUUID())
      .sign(privateKey as CryptoKey);
  const server: Server = createServer((req, res) => {
    res.setHeader('content-type', 'application/json');
    // Client credentials, as the user service grants them: any client id gets a service token here.
    if (req.method === 'POST' && req.url === '/api/v1/auth/token') {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        const { clientId } = JSON.parse(body || '{}') as { clientId?: string };
        void sign({ sub: clientId ?? 'service', role: 'service' }).then((accessToken) =>
          res.end(JSON.stringify({ accessToken, expiresIn: 900 })),
        );
      });
      return;
    }
    res.end(JSON.stringify({ keys: [jwk] }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    jwksUrl: `http://127.0.0.1:${port}/.well-known/jwks.json`,
    issuer,
    audience,
    url: `http://127.0.0.1:${port}`,
    token: sign,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
