import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { HttpApp } from '@shop/http/app';
import { initTracing } from '@shop/logging/tracing';
import { TRACEPARENT, TRACE_ID, buildApp, json } from './support.js';

beforeAll(() => {
  initTracing({ serviceName: 'test' });
});

let app: HttpApp | undefined;

afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe('trace context and request ids in logs', () => {
  it('when a request carries a traceparent, then log lines inside the handler carry its trace id and the request id', async () => {
    const built = await buildApp();
    app = built.app;
    const response = await app.inject({
      method: 'GET',
      url: '/things/t-7',
      headers: { traceparent: TRACEPARENT, 'x-request-id': 'req-77' },
    });
    expect(response.statusCode).toBe(200);
    const line = built.lines.find((l) => l.msg === 'loading thing');
    expect(line).toMatchObject({ service: 'test', requestId: 'req-77', traceId: TRACE_ID, thingId: 't-7' });
    expect(line?.spanId).toMatch(/^[0-9a-f]{16}$/);
    expect(line?.spanId).not.toBe('b7ad6b7169203331');
  });

  it('when a request has no traceparent, then its log lines still carry a fresh trace id and a generated request id', async () => {
    const built = await buildApp();
    app = built.app;
    const response = await app.inject({ method: 'GET', url: '/things/t-8' });
    const line = built.lines.find((l) => l.msg === 'loading thing');
    expect(line?.traceId).toMatch(/^[0-9a-f]{32}$/);
    expect(line?.traceId).not.toBe(TRACE_ID);
    expect(response.headers['x-request-id']).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(line?.requestId).toBe(response.headers['x-request-id']);
  });

  it('when two requests carry different trace ids, then each handler logs its own', async () => {
    const built = await buildApp();
    app = built.app;
    const other = '4bf92f3577b34da6a3ce929d0e0e4736';
    await app.inject({ method: 'GET', url: '/things/a', headers: { traceparent: TRACEPARENT, 'x-request-id': 'first' } });
    await app.inject({
      method: 'GET',
      url: '/things/b',
      headers: { traceparent: `00-${other}-00f067aa0ba902b7-01`, 'x-request-id': 'second' },
    });
    const handlerLines = built.lines.filter((l) => l.msg === 'loading thing');
    expect(handlerLines.map((l) => [l.thingId, l.requestId, l.traceId])).toEqual([
      ['a', 'first', TRACE_ID],
      ['b', 'second', other],
    ]);
  });

  it('when a request completes, then one access line records method, url, status and duration', async () => {
    const built = await buildApp();
    app = built.app;
    await app.inject({ method: 'GET', url: '/fail/conflict', headers: { 'x-request-id': 'req-9' } });
    const access = built.lines.filter((l) => l.msg === 'request completed');
    expect(access).toHaveLength(1);
    expect(access[0]).toMatchObject({ level: 'info', method: 'GET', url: '/fail/conflict', statusCode: 409, requestId: 'req-9' });
    expect(typeof access[0]?.durationMs).toBe('number');
  });

  it('when health is probed, then the access line is only at debug level', async () => {
    const built = await buildApp();
    app = built.app;
    await app.inject({ method: 'GET', url: '/health/live' });
    expect(built.lines.find((l) => l.msg === 'request completed')?.level).toBe('debug');
  });
});

describe('health', () => {
  it('when the liveness probe is called, then it answers 200', async () => {
    ({ app } = await buildApp());
    const response = await app.inject({ method: 'GET', url: '/health/live' });
    expect(response.statusCode).toBe(200);
    expect(json(response)).toEqual({ status: 'ok' });
  });

  it('when every readiness check passes, then readiness answers 200 listing each check', async () => {
    ({ app } = await buildApp({ readiness: { db: async () => 'pong', broker: async () => undefined } }));
    const response = await app.inject({ method: 'GET', url: '/health/ready' });
    expect(response.statusCode).toBe(200);
    expect(json(response)).toEqual({ status: 'ok', checks: { db: 'ok', broker: 'ok' } });
  });

  it('when a readiness check fails, then readiness answers 503 naming the failing check and why', async () => {
    const readiness = {
      db: async () => 'pong',
      broker: async () => {
        throw new Error('connection refused');
      },
    };
    ({ app } = await buildApp({ readiness }));
    const response = await app.inject({ method: 'GET', url: '/health/ready' });
    expect(response.statusCode).toBe(503);
    expect(json(response)).toEqual({ status: 'unavailable', checks: { db: 'ok', broker: 'down: connection refused' } });
  });
});

describe('metrics', () => {
  it('when a route was called, then /metrics exposes its duration histogram by route template and status', async () => {
    ({ app } = await buildApp());
    await app.inject({ method: 'GET', url: '/things/abc' });
    const response = await app.inject({ method: 'GET', url: '/metrics' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/plain/);
    expect(response.body).toContain('# TYPE http_request_duration_seconds histogram');
    const count = response.body
      .split('\n')
      .find((l) => l.startsWith('http_request_duration_seconds_count') && l.includes('route="/things/:id"'));
    expect(count).toBeDefined();
    expect(count).toContain('method="GET"');
    expect(count).toContain('status_code="200"');
    expect(count).toContain('service="test"');
    expect(count).toMatch(/ 1$/);
    expect(response.body).not.toContain('route="/things/abc"');
  });

  it('when unknown paths are requested, then they share one "unmatched" label instead of one label per path', async () => {
    ({ app } = await buildApp());
    await app.inject({ method: 'GET', url: '/random-1' });
    await app.inject({ method: 'GET', url: '/random-2' });
    const body = (await app.inject({ method: 'GET', url: '/metrics' })).body;
    expect(body).toMatch(/http_request_duration_seconds_count\{[^}]*route="unmatched"[^}]*status_code="404"[^}]*\} 2/);
    expect(body).not.toContain('/random-1');
  });
});

describe('OpenAPI and docs', () => {
  it('when /openapi.json is fetched, then it is an OpenAPI 3.1 document listing the service routes', async () => {
    ({ app } = await buildApp({ version: '1.2.3' }));
    const response = await app.inject({ method: 'GET', url: '/openapi.json' });
    expect(response.statusCode).toBe(200);
    const doc = json(response);
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.info).toMatchObject({ title: 'test service', version: '1.2.3' });
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/things', '/things/{id}', '/admin']));
    expect(doc.components.securitySchemes.bearerAuth).toMatchObject({ type: 'http', scheme: 'bearer' });
  });

  it('when a route documents its responses, then its problem responses are documented too', async () => {
    ({ app } = await buildApp());
    const doc = json(await app.inject({ method: 'GET', url: '/openapi.json' }));
    const responses = doc.paths['/things'].post.responses;
    expect(Object.keys(responses)).toEqual(expect.arrayContaining(['201', '4XX', '5XX']));
  });

  it('when /openapi.json is fetched, then the operational endpoints are not listed', async () => {
    ({ app } = await buildApp());
    const doc = json(await app.inject({ method: 'GET', url: '/openapi.json' }));
    for (const hidden of ['/health/live', '/health/ready', '/metrics', '/openapi.json']) expect(doc.paths).not.toHaveProperty([hidden]);
  });

  it('when /docs is opened, then the Swagger UI page is served', async () => {
    ({ app } = await buildApp());
    let response = await app.inject({ method: 'GET', url: '/docs' });
    if (response.statusCode >= 300 && response.statusCode < 400) {
      response = await app.inject({ method: 'GET', url: String(response.headers.location) });
    }
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    expect(response.body).toContain('Swagger UI');
  });
});
