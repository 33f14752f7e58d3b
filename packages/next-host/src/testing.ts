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
  /** The refresh tokens a `POST /api/v1/auth/logout` revoked: refreshing one is then a 401. */
  revoked: string[];
  /** The `x-shop-client-address` each request carried (the shopper's address the app vouched for), in order. */
  vouched: (string | undefined)[];
  close(): Promise<void>;
}

/**
 * A stand-in for the gateway's `POST /api/v1/auth/refresh`, for tests of an app's proxy: it
 * answers `answer(refreshToken)` (a pair and user, or null for a 401 as for a revoked token).
 * `POST /api/v1/auth/logout` revokes the token in its body as the contract says (no bearer needed;
 * 204), unless `logoutStatus` answers another status, when it revokes nothing.
 */
export async function fakeGateway(
  answer: (refreshToken: string) => { accessToken: string; refreshToken: string; expiresIn: number; user: object } | null,
  options: { logoutStatus?: () => number } = {},
): Promise<FakeGateway> {
  const refreshed: string[] = [];
  const revoked: string[] = [];
  const vouched: (string | undefined)[] = [];
  const server: Server = createServer((request, response) => {
    const address = request.headers['x-shop-client-address'];
    vouched.push(typeof address === 'string' ? address : undefined);
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      if (request.url === '/api/v1/auth/logout') {
        const status = options.logoutStatus?.() ?? 204;
        if (status === 204) revoked.push((JSON.parse(body) as { refreshToken: string }).refreshToken);
        response.writeHead(status, status === 204 ? {} : { 'content-type': 'application/problem+json' });
        response.end(status === 204 ? undefined : JSON.stringify({ status, code: `HTTP_${status}`, title: 'Refused' }));
        return;
      }
      const token = request.url === '/api/v1/auth/refresh' ? (JSON.parse(body) as { refreshToken: string }).refreshToken : '';
      refreshed.push(token);
      const auth = token && !revoked.includes(token) ? answer(token) : null;
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
    revoked,
    vouched,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/**
 * A stand-in for `cookies()` of `next/headers`, for tests of server actions (`vi.mock('next/headers', ...)`);
 * `options` holds the attributes each cookie was last set with.
 */
export function cookieJar(initial: Record<string, string> = {}) {
  const values = new Map(Object.entries(initial));
  const options = new Map<string, { secure?: boolean; httpOnly?: boolean; sameSite?: string; maxAge?: number }>();
  return {
    values,
    options,
    get: (name: string) => (values.has(name) ? { name, value: values.get(name)! } : undefined),
    set: (name: string, value: string, attributes: { secure?: boolean } = {}) => {
      values.set(name, value);
      options.set(name, attributes);
    },
    delete: (name: string) => void values.delete(name),
  };
}

/**
 * What is wrong with the security headers of a real page answer, for the browser tests (empty when
 * nothing is): the policy, the headers beside it, and a nonce that is fresh for each answer and on
 * every script the page carries (a JSON-LD data block runs nothing and needs none).
 */
export async function pageSecurityProblems(url: string): Promise<string[]> {
  const answers = await Promise.all([fetch(url), fetch(url)]);
  const problems: string[] = [];
  const nonces: string[] = [];
  for (const answer of answers) {
    const policy = answer.headers.get('content-security-policy') ?? '';
    const scriptSrc = policy.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
    const nonce = /'nonce-([^']+)'/.exec(scriptSrc)?.[1];
    if (!nonce) problems.push(`no script nonce in the policy: ${policy || '(none)'}`);
    if (/'unsafe-inline'/.test(scriptSrc)) problems.push(`scripts may run inline: ${scriptSrc}`);
    if (!/frame-ancestors 'none'/.test(policy)) problems.push("the page may be framed (no frame-ancestors 'none')");
    if (!/^(strict-origin-when-cross-origin|strict-origin|same-origin|no-referrer)$/.test(answer.headers.get('referrer-policy') ?? ''))
      problems.push(`referrer-policy: ${answer.headers.get('referrer-policy')}`);
    if (answer.headers.get('x-content-type-options') !== 'nosniff') problems.push('x-content-type-options is not nosniff');
    const scripts = [...(await answer.text()).matchAll(/<script\b[^>]*>/g)].map(([tag]) => tag);
    const running = scripts.filter((tag) => !/type="application\/ld\+json"/.test(tag));
    if (!running.length) problems.push('the page has no scripts to check');
    for (const tag of running) if (!nonce || !tag.includes(` nonce="${nonce}"`)) problems.push(`a script without the nonce: ${tag}`);
    if (nonce) nonces.push(nonce);
  }
  if (nonces.length === 2 && nonces[0] === nonces[1]) problems.push('two answers carried the same nonce');
  return problems;
}

/**
 * Collects the Content-Security-Policy violations a page reports in its console (Chromium writes
 * each refused script, style or frame there), for a browser test to fail on.
 */
export function cspViolations(page: {
  on(event: 'console', listener: (message: { type(): string; text(): string }) => void): unknown;
}): string[] {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}
