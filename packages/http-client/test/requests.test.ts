import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createServiceClient, type ServiceClientOptions } from '@shop/http-client/client';
import { withRequestId } from '@shop/logging/context';
import { ROOT_CONTEXT, context, extractContext, initTracing, trace, tracer } from '@shop/logging/tracing';
import { upstream, type Scripted, type Upstream } from './support.js';

let server: Upstream;

beforeAll(() => {
  initTracing({ serviceName: 'test' });
});

afterEach(async () => {
  await server.close();
});

async function clientFor(script: Scripted[], options: Partial<ServiceClientOptions> = {}) {
  server = await upstream(...script);
  return createServiceClient({ upstream: 'catalog', baseUrl: server.url, backoffMs: 1, ...options });
}

const ok = { status: 200, body: { ok: true } };

describe('what is sent', () => {
  it('when called inside a request context, then the request id and the trace context are propagated', async () => {
    const client = await clientFor([ok]);
    // A trace the caller sampled stays sampled downstream.
    const sampled = extractContext({ traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01' }, ROOT_CONTEXT);
    const span = tracer('t').startSpan('x', {}, sampled);
    const { traceId, spanId } = span.spanContext();
    await context.with(withRequestId(trace.setSpan(ROOT_CONTEXT, span), 'req-1'), () => client.get('/products'));
    span.end();

    const headers = server.seen[0]!.headers;
    expect(headers['x-request-id']).toBe('req-1');
    const [version, sentTrace, parentSpan, flags] = String(headers['traceparent']).split('-');
    expect(version).toBe('00');
    expect(sentTrace).toBe(traceId);
    expect(parentSpan).toMatch(/^[0-9a-f]{16}$/);
    expect(parentSpan).not.toBe(spanId);
    expect(flags).toBe('01');
  });

  it('when a call is retried, then every attempt carries the same request id and trace', async () => {
    const client = await clientFor([{ status: 503 }, ok], { retries: 1 });
    const span = tracer('t').startSpan('x');
    await context.with(withRequestId(trace.setSpan(ROOT_CONTEXT, span), 'req-2'), () => client.get('/products'));
    span.end();
    const [first, second] = server.seen;
    expect(second!.headers['x-request-id']).toBe(first!.headers['x-request-id']);
    expect(second!.headers['traceparent']).toBe(first!.headers['traceparent']);
  });

  it("when a path and a query are given, then they go under the base URL's path; a path naming another origin is refused unsent", async () => {
    server = await upstream(ok, ok);
    const client = createServiceClient({ upstream: 'catalog', baseUrl: `${server.url}/shop/`, backoffMs: 1 });
    await client.get('/api/v1/products', { query: { ids: 'a,b', page: 2, missing: undefined } });
    await client.get('api/v1/products/x%2Fy?limit=1', { query: { page: 3 } });
    expect(server.seen.map((r) => r.url)).toEqual(['/shop/api/v1/products?ids=a%2Cb&page=2', '/shop/api/v1/products/x%2Fy?limit=1&page=3']);
    for (const elsewhere of ['http://example.com/x', '//example.com/x', 'javascript:alert(1)']) {
      await expect(client.get(elsewhere)).rejects.toThrow(/is not under/);
    }
    expect(server.seen).toHaveLength(2);
  });

  it('when called outside any request, then no request id is invented', async () => {
    const client = await clientFor([ok]);
    await context.with(ROOT_CONTEXT, () => client.get('/products'));
    expect(server.seen[0]!.headers).not.toHaveProperty('x-request-id');
  });

  it('when a token source is configured, then its token is sent as a bearer on every attempt', async () => {
    let calls = 0;
    const client = await clientFor([{ status: 503 }, ok], { retries: 1, token: async () => `svc-token-${++calls}` });
    await client.get('/products');
    expect(server.seen.map((r) => r.headers.authorization)).toEqual(['Bearer svc-token-1', 'Bearer svc-token-2']);
  });

  it("when a bearer is given for one call, then it replaces the client's own token", async () => {
    const client = await clientFor([ok], { token: async () => 'svc-token' });
    await client.get('/me', { bearer: 'user-token' });
    expect(server.seen[0]!.headers.authorization).toBe('Bearer user-token');
  });

  it('when no token is configured, then no Authorization header is sent', async () => {
    const client = await clientFor([ok]);
    await client.get('/products');
    expect(server.seen[0]!.headers).not.toHaveProperty('authorization');
  });

  it('when query parameters are given, then they are encoded and undefined ones are left out', async () => {
    const client = await clientFor([ok]);
    await client.get('/products', { query: { q: 'red & blue/ünï', page: 2, inStock: true, category: undefined } });
    const url = new URL(server.seen[0]!.url, server.url);
    expect(url.pathname).toBe('/products');
    expect(url.searchParams.get('q')).toBe('red & blue/ünï');
    expect(url.searchParams.get('page')).toBe('2');
    expect(url.searchParams.get('inStock')).toBe('true');
    expect(url.searchParams.has('category')).toBe(false);
    expect(server.seen[0]!.url).not.toContain(' ');
  });

  it('when the base URL has a path, then request paths are resolved under it', async () => {
    server = await upstream(ok);
    for (const baseUrl of [`${server.url}/api/v1`, `${server.url}/api/v1/`]) {
      const client = createServiceClient({ upstream: 'catalog', baseUrl });
      await client.get('/products/p-1');
    }
    expect(server.seen.map((r) => r.url)).toEqual(['/api/v1/products/p-1', '/api/v1/products/p-1']);
  });

  it('when a body is given, then it is sent as JSON with extra headers kept', async () => {
    const client = await clientFor([{ status: 201, body: { id: 'o-1' } }]);
    const created = await client.post<{ id: string }>(
      '/orders',
      { items: [{ sku: 'a', quantity: 2 }] },
      { headers: { 'x-tenant': 't-1' } },
    );
    expect(created).toEqual({ id: 'o-1' });
    const sent = server.seen[0]!;
    expect(sent.method).toBe('POST');
    expect(sent.headers['content-type']).toBe('application/json');
    expect(sent.headers['x-tenant']).toBe('t-1');
    expect(sent.headers.accept).toContain('application/problem+json');
    expect(JSON.parse(sent.body)).toEqual({ items: [{ sku: 'a', quantity: 2 }] });
  });

  it('when calls follow one another, then they reuse kept-alive connections', async () => {
    const client = await clientFor([ok]);
    for (let i = 0; i < 5; i++) {
      await client.get('/products');
      await client.post('/orders', { sku: 'a' });
    }
    // Ten calls, not ten connections (a socket still being handed back may make it two).
    expect(new Set(server.seen.map((r) => r.clientPort)).size).toBeLessThanOrEqual(2);
    await client.close();
  });

  it('when there is no body, then no content type is sent', async () => {
    const client = await clientFor([ok]);
    await client.get('/products');
    expect(server.seen[0]!.headers).not.toHaveProperty('content-type');
  });
});

describe('what is returned', () => {
  it('when request() is used, then the status, the parsed body and the headers are returned', async () => {
    const client = await clientFor([{ status: 201, body: { id: 'o-1' } }]);
    const response = await client.request<{ id: string }>('POST', '/orders', { body: {} });
    expect(response.status).toBe(201);
    expect(response.body).toEqual({ id: 'o-1' });
    expect(response.headers.get('content-type')).toContain('application/json');
  });

  it('when the answer is 204 No Content, then the body is undefined', async () => {
    const client = await clientFor([{ status: 204 }]);
    await expect(client.delete('/products/p-1')).resolves.toBeUndefined();
  });

  it('when a 2xx answer is not JSON, then its text is returned', async () => {
    const client = await clientFor([{ status: 200, text: 'pong', contentType: 'text/plain' }]);
    await expect(client.get('/ping')).resolves.toBe('pong');
  });
});
