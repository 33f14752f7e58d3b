import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SignJWT, exportJWK, generateKeyPair, type JWK, type JWTPayload, type CryptoKey } from 'jose';

export interface TestServer {
  url: string;
  close(): Promise<void>;
}

/** A real HTTP server on a free loopback port. */
export async function listen(handler: (request: IncomingMessage, response: ServerResponse) => void): Promise<TestServer> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/**
 * A URL nothing listens on: port 1 (tcpmux, never served here). A port just closed would not do:
 * another process beside the tests may take it in the meantime.
 */
export async function deadUrl(): Promise<string> {
  return 'http://127.0.0.1:1';
}

export async function readBody(request: IncomingMessage): Promise<string> {
  let body = '';
  for await (const chunk of request) body += String(chunk);
  return body;
}

export interface SigningKey {
  kid: string;
  privateKey: CryptoKey;
  jwk: JWK;
}

export async function signingKey(kid: string): Promise<SigningKey> {
  const { privateKey, publicKey } = await generateKeyPair('ES256');
  return { kid, privateKey, jwk: { ...(await exportJWK(publicKey)), kid, alg: 'ES256', use: 'sig' } };
}

/** A JWKS endpoint whose key set can be swapped (key rotation) and whose fetches are counted. */
export async function jwksServer(keys: SigningKey[]) {
  const state = { keys, fetches: 0 };
  const server = await listen((request, response) => {
    if (request.url !== '/.well-known/jwks.json') {
      response.writeHead(404).end();
      return;
    }
    state.fetches++;
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ keys: state.keys.map((k) => k.jwk) }));
  });
  return Object.assign(state, { jwksUrl: `${server.url}/.well-known/jwks.json`, close: server.close });
}

export const ISSUER = 'https://auth.shop.local';
export const AUDIENCE = 'shop';

export interface TokenOptions {
  issuer?: string;
  audience?: string;
  subject?: string | null;
  /** Seconds from now; negative for an expired token. */
  expiresIn?: number;
  notBefore?: number;
}

/** An access token as the user service issues it, with overridable claims. */
export function claims(payload: JWTPayload, options: TokenOptions = {}): SignJWT {
  const now = Math.floor(Date.now() / 1000);
  const jwt = new SignJWT(payload)
    .setIssuer(options.issuer ?? ISSUER)
    .setAudience(options.audience ?? AUDIENCE)
    .setIssuedAt(now - 10)
    .setExpirationTime(now + (options.expiresIn ?? 300));
  if (options.subject !== null) jwt.setSubject(options.subject ?? 'user-1');
  if (options.notBefore !== undefined) jwt.setNotBefore(now + options.notBefore);
  return jwt;
}

export function signEs256(key: SigningKey, payload: JWTPayload = { role: 'customer' }, options: TokenOptions = {}): Promise<string> {
  return claims(payload, options).setProtectedHeader({ alg: 'ES256', kid: key.kid, typ: 'JWT' }).sign(key.privateKey);
}

export function signHs256(secret: string, payload: JWTPayload = { role: 'customer' }): Promise<string> {
  return claims(payload).setProtectedHeader({ alg: 'HS256', typ: 'JWT' }).sign(new TextEncoder().encode(secret));
}

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** An unsecured token (`alg: none`) with valid-looking claims and an empty signature. */
export function unsignedToken(payload: JWTPayload): string {
  return `${b64({ alg: 'none', typ: 'JWT' })}.${b64(payload)}.`;
}
