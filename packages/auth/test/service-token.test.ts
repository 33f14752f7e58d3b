import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createServiceTokenSource, type ServiceTokenOptions } from '@shop/auth/service-token';
import { UpstreamUnavailableError } from '@shop/errors/errors';
import { deadUrl, listen, readBody, type TestServer } from './support.js';

interface TokenEndpoint {
  /** Status the endpoint answers with; 200 issues `token-<n>`. */
  status: number;
  expiresIn: number;
  /** Answers wait for this gate (open unless a test holds it with `hold()`). */
  gate: Promise<void>;
  /** Called as each request arrives, before it waits at the gate. */
  arrived: () => void;
  requests: { method: string; url: string; contentType: string | undefined; body: unknown }[];
}

let endpoint: TokenEndpoint;
let server: TestServer;
let clock: number;

beforeEach(async () => {
  endpoint = { status: 200, expiresIn: 300, gate: Promise.resolve(), arrived: () => undefined, requests: [] };
  clock = 1_000_000;
  server = await listen((request, response) => {
    void readBody(request).then(async (body) => {
      endpoint.requests.push({
        method: request.method!,
        url: request.url!,
        contentType: request.headers['content-type'],
        body: JSON.parse(body),
      });
      const n = endpoint.requests.length;
      endpoint.arrived();
      await endpoint.gate;
      if (endpoint.status !== 200) {
        response.writeHead(endpoint.status, { 'content-type': 'application/problem+json' }).end('{"code":"UNAUTHENTICATED"}');
        return;
      }
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ accessToken: `token-${n}`, tokenType: 'Bearer', expiresIn: endpoint.expiresIn }));
    });
  });
});

/** Holds every answer until `release()`; `arrived` settles when the first request reaches the endpoint. */
function hold(): { arrived: Promise<void>; release: () => void } {
  let release!: () => void;
  endpoint.gate = new Promise((resolve) => (release = resolve));
  const arrived = new Promise<void>((resolve) => (endpoint.arrived = resolve));
  return { arrived, release };
}

afterEach(async () => {
  await server.close();
});

function source(options: Partial<ServiceTokenOptions> = {}) {
  return createServiceTokenSource({
    tokenUrl: `${server.url}/api/v1/auth/token`,
    clientId: 'orders',
    clientSecret: 'orders-secret',
    now: () => clock,
    ...options,
  });
}

describe('createServiceTokenSource', () => {
  it('when a token is first needed, then the client credentials are posted as JSON to the token URL', async () => {
    await expect(source().getToken()).resolves.toBe('token-1');
    expect(endpoint.requests).toEqual([
      {
        method: 'POST',
        url: '/api/v1/auth/token',
        contentType: 'application/json',
        body: { clientId: 'orders', clientSecret: 'orders-secret' },
      },
    ]);
  });

  it('when the token is asked for many times, then it is fetched once and reused', async () => {
    const tokens = source();
    for (let i = 0; i < 5; i++) expect(await tokens.getToken()).toBe('token-1');
    expect(endpoint.requests).toHaveLength(1);
  });

  it('when ten callers ask at the same time, then they share one fetch', async () => {
    const held = hold();
    const tokens = source();
    const all = Promise.all(Array.from({ length: 10 }, () => tokens.getToken()));
    // All ten are waiting while the one fetch is held at the endpoint.
    await held.arrived;
    held.release();
    const results = await all;
    expect(results).toEqual(Array.from({ length: 10 }, () => 'token-1'));
    expect(endpoint.requests).toHaveLength(1);
  });

  it('when the token is still valid beyond the refresh margin, then the cached one is used', async () => {
    const tokens = source({ refreshMarginSeconds: 60 });
    await tokens.getToken();
    clock += (300 - 60) * 1000 - 1;
    expect(await tokens.getToken()).toBe('token-1');
    expect(endpoint.requests).toHaveLength(1);
  });

  it('when the token gets within the refresh margin of its expiry, then a new one is fetched', async () => {
    const tokens = source({ refreshMarginSeconds: 60 });
    await tokens.getToken();
    clock += (300 - 60) * 1000;
    expect(await tokens.getToken()).toBe('token-2');
    expect(await tokens.getToken()).toBe('token-2');
    expect(endpoint.requests).toHaveLength(2);
  });

  it('when no margin is configured, then tokens are renewed a minute before expiry', async () => {
    const tokens = source();
    await tokens.getToken();
    clock += 239_000;
    expect(await tokens.getToken()).toBe('token-1');
    clock += 1_000;
    expect(await tokens.getToken()).toBe('token-2');
  });

  it('when the token is invalidated, then the next call fetches a new one', async () => {
    const tokens = source();
    await tokens.getToken();
    tokens.invalidate();
    expect(await tokens.getToken()).toBe('token-2');
    expect(endpoint.requests).toHaveLength(2);
  });

  it('when the token endpoint refuses the credentials, then the call rejects with an Error naming the client and status', async () => {
    endpoint.status = 401;
    const error: unknown = await source()
      .getToken()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(error).not.toBeInstanceOf(UpstreamUnavailableError);
    expect((error as Error).message).toBe('The user service refused client orders: HTTP 401');
  });

  it('when the token endpoint fails with a 5xx, then the call rejects with UpstreamUnavailableError', async () => {
    endpoint.status = 503;
    await expect(source().getToken()).rejects.toBeInstanceOf(UpstreamUnavailableError);
  });

  it('when the token endpoint is unreachable, then the call rejects with UpstreamUnavailableError', async () => {
    const tokens = source({ tokenUrl: `${await deadUrl()}/api/v1/auth/token` });
    const error: unknown = await tokens.getToken().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UpstreamUnavailableError);
    expect((error as UpstreamUnavailableError).message).toBe('user service (token) is unavailable. Please retry shortly.');
  });

  it('when the token endpoint does not answer in time, then the call rejects with UpstreamUnavailableError', async () => {
    // Held for good: the answer never comes, whatever the timeout.
    hold();
    await expect(source({ timeoutMs: 100 }).getToken()).rejects.toBeInstanceOf(UpstreamUnavailableError);
  });

  it('when a fetch failed, then the next call tries again instead of repeating the failure', async () => {
    endpoint.status = 503;
    const tokens = source();
    await expect(tokens.getToken()).rejects.toThrow();
    endpoint.status = 200;
    expect(await tokens.getToken()).toBe('token-2');
  });

  it('when concurrent callers share a failing fetch, then they all see the failure', async () => {
    endpoint.status = 401;
    const held = hold();
    const tokens = source();
    const all = Promise.allSettled([tokens.getToken(), tokens.getToken(), tokens.getToken()]);
    await held.arrived;
    held.release();
    const outcomes = await all;
    expect(outcomes.map((o) => o.status)).toEqual(['rejected', 'rejected', 'rejected']);
    expect(endpoint.requests).toHaveLength(1);
  });
});
