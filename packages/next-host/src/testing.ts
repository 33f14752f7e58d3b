import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** An unsigned token with these claims: the apps only decode tokens, the gateway verifies them. */
export function tokenWith(claims: { sub: string; email: string; role: string; exp: number }): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'none' })}.${part(claims)}.sig`;
}

export interface FakeGateway {
  url: string;
  /** The refresh tokens the gateway was asked to rotate, in order. */
  refreshed: string[];
  close(): Promise<void>;
}

/**
 * A stand-in for the gateway's `POST /api/v1/auth/refresh`, for tests of an app's proxy: it
 * answers `answer(refreshToken)` (a pair and user, or null for a 401 as for a revoked token).
 */
export async function fakeGateway(
  answer: (refreshToken: string) => { accessToken: string; refreshToken: string; expiresIn: number; user: object } | null,
): Promise<FakeGateway> {
  const refreshed: string[] = [];
  const server: Server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      const token = request.url === '/api/v1/auth/refresh' ? (JSON.parse(body) as { refreshToken: string }).refreshToken : '';
      refreshed.push(token);
      const auth = token ? answer(token) : null;
      response.writeHead(auth ? 200 : 401, { 'content-type': auth ? 'application/json' : 'application/problem+json' });
      response.end(
        JSON.stringify(auth ? { ...auth, tokenType: 'Bearer' } : { status: 401, code: 'UNAUTHENTICATED', title: 'Unauthorized' }),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    refreshed,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
