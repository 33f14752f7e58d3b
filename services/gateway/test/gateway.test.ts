import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '@shop/logging/logger';
import { initTracing } from '@shop/logging/tracing';
import type { HttpApp } from '@shop/http/app';
import { buildGateway } from '../src/app.js';
import { SERVICE_ROUTES } from '../src/routes.js';

describe('gateway', () => {
  let upstream: Server;
  let upstreamUrl: string;
  let seen: { url: string; headers: IncomingHttpHeaders; body: string }[];
  let gateway: HttpApp;
  let broken: HttpApp;

  beforeAll(async () => {
    initTracing({ serviceName: 'test' });
    seen = [];
    upstream = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        seen.push({ url: req.url ?? '', headers: req.headers, body });
        const ready = req.url === '/health/ready';
        res.writeHead(ready ? 200 : 201, { 'content-type': 'application/json' });
        res.end(JSON.stringify(ready ? { status: 'ok' } : { echoed: body ? JSON.parse(body) : null }));
      });
    });
    await new Promise<void>((r) => upstream.listen(0, '127.0.0.1', r));
    upstreamUrl = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`;
    const http = { service: 'gateway', logger: silentLogger() };
    gateway = await buildGateway({
      http,
      routes: SERVICE_ROUTES,
      upstreams: Object.fromEntries(SERVICE_ROUTES.map((r) => [r.service, upstreamUrl])),
      upstreamTimeoutMs: 2_000,
    });
    broken = await buildGateway({
      http,
      routes: SERVICE_ROUTES,
      upstreams: Object.fromEntries(SERVICE_ROUTES.map((r) => [r.service, 'http://127.0.0.1:1'])),
      upstreamTimeoutMs: 2_000,
    });
  });
  afterAll(async () => {
    await gateway.close();
    await broken.close();
    await new Promise((r) => upstream.close(r));
  });

  it('when a request hits a service prefix, then it reaches that service with body, request id, trace context and client address', async () => {
    const res = await gateway.inject({
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
    const res = await gateway.inject({ method: 'POST', url: '/api/v1/search/suggest', payload: { q: 'x' } });
    expect(res.statusCode).toBe(201);
    expect(seen.at(-1)!.url).toBe('/api/v1/search/suggest');
  });

  it('when a path belongs to no service, then 404 problem+json', async () => {
    const res = await gateway.inject({ url: '/api/v1/unknown' });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('when the service is down, then 503 UPSTREAM_UNAVAILABLE and /health reports it', async () => {
    const res = await broken.inject({ method: 'POST', url: '/api/v1/auth/login', payload: {} });
    expect(res.statusCode).toBe(503);
    expect(res.json()).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', status: 503 });
    expect(res.headers['retry-after']).toBe('1');
    const health = await broken.inject({ url: '/health' });
    expect(health.statusCode).toBe(503);
    expect(health.json()).toMatchObject({ status: 'degraded', services: { user: { status: 'unavailable' } } });
  });

  it('when every service is ready, then /health is 200 and lists them', async () => {
    const health = await gateway.inject({ url: '/health' });
    expect(health.statusCode).toBe(200);
    expect(health.json()).toMatchObject({ status: 'ok' });
    expect(Object.keys(health.json().services).sort()).toEqual(SERVICE_ROUTES.map((r) => r.service).sort());
  });
});
