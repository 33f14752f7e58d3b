import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '@shop/logging/logger';
import { initTracing } from '@shop/logging/tracing';
import { buildGateway, type Gateway } from '../src/app.js';
import { startGateway } from '../src/main.js';
import { SERVICE_ROUTES } from '../src/routes.js';

const SERVICES = SERVICE_ROUTES.map((r) => r.service).sort();
const READY = { status: 'ok', checks: { database: 'ok' }, engines: { database: 'PostgreSQL 15.18' } };
// What a failing service says about itself: for operators, never for the public.
const NOT_READY = { status: 'unavailable', checks: { database: 'down: connect ECONNREFUSED 10.0.0.5:5432' } };

async function serve(handler: Parameters<typeof createServer>[1]): Promise<{ server: Server; url: string }> {
  const server = createServer(handler);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

describe('gateway', () => {
  let upstream: { server: Server; url: string };
  let failing: { server: Server; url: string };
  let seen: { url: string; headers: IncomingHttpHeaders; body: string }[];
  let gateway: Gateway;
  let broken: Gateway;
  let partly: Gateway;

  beforeAll(async () => {
    initTracing({ serviceName: 'test' });
    seen = [];
    upstream = await serve((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        seen.push({ url: req.url ?? '', headers: req.headers, body });
        const ready = req.url === '/health/ready';
        res.writeHead(ready ? 200 : 201, { 'content-type': 'application/json' });
        res.end(JSON.stringify(ready ? READY : { echoed: body ? JSON.parse(body) : null }));
      });
    });
    failing = await serve((_req, res) => {
      res.writeHead(503, { 'content-type': 'application/json' });
      res.end(JSON.stringify(NOT_READY));
    });
    const build = (urlOf: (service: string) => string) =>
      buildGateway({
        http: { service: 'gateway', logger: silentLogger() },
        routes: SERVICE_ROUTES,
        upstreams: Object.fromEntries(SERVICE_ROUTES.map((r) => [r.service, urlOf(r.service)])),
        upstreamTimeoutMs: 2_000,
      });
    gateway = await build(() => upstream.url);
    broken = await build(() => 'http://127.0.0.1:1');
    // catalog refuses connections (nothing listens on port 1); user answers 503 with its reasons.
    partly = await build((service) => ({ catalog: 'http://127.0.0.1:1', user: failing.url })[service] ?? upstream.url);
  });
  afterAll(async () => {
    for (const g of [gateway, broken, partly]) {
      await g.edge.close();
      await g.internal.close();
    }
    await new Promise((r) => upstream.server.close(r));
    await new Promise((r) => failing.server.close(r));
  });

  it('when a request hits a service prefix, then it reaches that service with body, request id, trace context and client address', async () => {
    const res = await gateway.edge.inject({
      method: 'POST',
      url: '/api/v1/auth/login?x=1',
      payload: { email: 'a@b.c' },
      headers: { 'x-request-id': 'req-42', traceparent: '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01' },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toEqual({ echoed: { email: 'a@b.c' } });
    expect(res.headers['x-request-id']).toBe('req-42');
    const hit = seen.find((s) => s.url.startsWith('/api/v1/auth/login'))!;
    expect(hit.url).toBe('/api/v1/auth/login?x=1');
    expect(hit.headers['x-request-id']).toBe('req-42');
    expect(hit.headers['traceparent']).toMatch(/^00-0af7651916cd43dd8448eb211c80319c-[0-9a-f]{16}-01$/);
    expect(hit.headers['x-forwarded-for']).toBe('127.0.0.1');
  });

  it('when a catalog path is requested, then it reaches the catalog upstream', async () => {
    const res = await gateway.edge.inject({ method: 'POST', url: '/api/v1/search/suggest', payload: { q: 'x' } });
    expect(res.statusCode).toBe(201);
    expect(seen.at(-1)!.url).toBe('/api/v1/search/suggest');
  });

  it('when a path belongs to no service, then 404 problem+json', async () => {
    const res = await gateway.edge.inject({ url: '/api/v1/unknown' });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('when the service is down, then 503 UPSTREAM_UNAVAILABLE', async () => {
    const res = await broken.edge.inject({ method: 'POST', url: '/api/v1/auth/login', payload: {} });
    expect(res.statusCode).toBe(503);
    expect(res.json()).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', status: 503 });
    expect(res.headers['retry-after']).toBe('1');
  });

  it.each(['/metrics', '/docs', '/docs/json', '/openapi.json'])(
    'when %s is asked on the public port, then 404 problem+json',
    async (url) => {
      const res = await gateway.edge.inject({ url });
      expect(res.statusCode).toBe(404);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json()).toMatchObject({ code: 'NOT_FOUND', status: 404 });
    },
  );

  it('when every service is ready, then public /health is 200 and says only that each is up', async () => {
    const health = await gateway.edge.inject({ url: '/health' });
    expect(health.statusCode).toBe(200);
    expect(health.json()).toEqual({ status: 'ok', services: Object.fromEntries(SERVICES.map((s) => [s, 'up'])) });
  });

  it('when one service refuses connections and another is not ready, then public /health is 503, says which are down, and no error text', async () => {
    const health = await partly.edge.inject({ url: '/health' });
    expect(health.statusCode).toBe(503);
    const services = Object.fromEntries(SERVICES.map((s) => [s, s === 'catalog' || s === 'user' ? 'down' : 'up']));
    expect(health.json()).toEqual({ status: 'degraded', services });
    expect(health.body).not.toMatch(/ECONNREFUSED|fetch failed|10\.0\.0\.5|PostgreSQL|latency|detail|checks|engines/i);
  });

  it('when an operator asks the internal /health, then it carries every service readiness and the reason of each one down', async () => {
    const health = await partly.internal.inject({ url: '/health' });
    expect(health.statusCode).toBe(503);
    const { status, services } = health.json();
    expect(status).toBe('degraded');
    expect(Object.keys(services).sort()).toEqual(SERVICES);
    expect(services.cart).toEqual({ status: 'ok', latencyMs: expect.any(Number), detail: READY });
    expect(services.user).toEqual({ status: 'unavailable', latencyMs: expect.any(Number), detail: NOT_READY });
    expect(services.catalog).toEqual({ status: 'unavailable', latencyMs: expect.any(Number), detail: 'fetch failed' });
  });

  it('when an operator asks the internal /metrics, then it answers Prometheus text counting the public traffic', async () => {
    await gateway.edge.inject({ url: '/health' });
    const res = await gateway.internal.inject({ url: '/metrics' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(res.body).toContain('# TYPE http_request_duration_seconds histogram');
    expect(res.body).toMatch(/^http_request_duration_seconds_count\{[^}]*route="\/health"[^}]*status_code="200"[^}]*\} [1-9]/m);
    expect(res.body).toMatch(/^process_cpu_seconds_total\{service="gateway"\} /m);
  });

  it('when an operator asks the internal /docs and /openapi.json, then they describe the public routes', async () => {
    const doc = await gateway.internal.inject({ url: '/openapi.json' });
    expect(doc.statusCode).toBe(200);
    expect(doc.json()).toMatchObject({ openapi: '3.1.0', paths: { '/health': { get: { summary: 'Whether each service is up' } } } });
    const ui = await gateway.internal.inject({ url: '/docs/json' });
    expect(ui.json()).toEqual(doc.json());
    expect((await gateway.internal.inject({ url: '/docs/' })).headers['content-type']).toContain('text/html');
  });

  it('when the gateway starts, then its internal port listens on loopback apart from the public one', async () => {
    const running = await startGateway({
      PORT: '0',
      GATEWAY_INTERNAL_PORT: '0',
      LOG_LEVEL: 'silent',
      ...Object.fromEntries(SERVICE_ROUTES.map((r) => [r.urlVar, upstream.url])),
    });
    try {
      expect(running.internalUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(running.internalUrl).not.toBe(running.url);
      expect((await fetch(`${running.url}/metrics`)).status).toBe(404);
      const metrics = await fetch(`${running.internalUrl}/metrics`);
      expect(metrics.status).toBe(200);
      expect(await metrics.text()).toContain('http_request_duration_seconds');
      expect((await fetch(`${running.internalUrl}/api/v1/products`)).status).toBe(404);
    } finally {
      await running.close();
    }
  });

  it('when a client sends its own X-Forwarded-For or vouching header, then the service gets the address the gateway saw instead', async () => {
    await gateway.edge.inject({
      url: '/api/v1/products?who=spoofer',
      headers: { 'x-forwarded-for': '203.0.113.9', 'x-shop-client-address': `203.0.113.9; t=1; v1=${'0'.repeat(64)}` },
    });
    const hit = seen.find((s) => s.url.includes('who=spoofer'))!;
    expect(hit.headers['x-forwarded-for']).toBe('127.0.0.1');
    expect(hit.headers['x-shop-client-address']).toBeUndefined();
  });

  it('when TRUSTED_PROXIES names the load balancer in front, then the hop before it is the client', async () => {
    const behind = await startGateway({
      PORT: '0',
      GATEWAY_INTERNAL_PORT: '0',
      LOG_LEVEL: 'silent',
      TRUSTED_PROXIES: '127.0.0.0/8',
      ...Object.fromEntries(SERVICE_ROUTES.map((r) => [r.urlVar, upstream.url])),
    });
    try {
      await fetch(`${behind.url}/api/v1/products?who=balanced`, { headers: { 'x-forwarded-for': '10.1.1.1, 198.51.100.4' } });
      expect(seen.find((s) => s.url.includes('who=balanced'))!.headers['x-forwarded-for']).toBe('198.51.100.4');
    } finally {
      await behind.close();
    }
  });

  it('when TRUSTED_PROXIES is not an address list, then the gateway refuses to start and names the variable', async () => {
    await expect(
      startGateway({ PORT: '0', GATEWAY_INTERNAL_PORT: '0', LOG_LEVEL: 'silent', TRUSTED_PROXIES: '10.0.0.0/99' }),
    ).rejects.toThrow(/TRUSTED_PROXIES/);
  });
});
