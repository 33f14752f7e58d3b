import { afterEach, describe, expect, it } from 'vitest';
import type { HttpApp } from '@shop/http/app';
import { buildApp, json, verifier } from './support.js';

let app: HttpApp | undefined;

afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe('security headers', () => {
  it('when any response is sent, then it carries nosniff, a content security policy and no x-powered-by', async () => {
    ({ app } = await buildApp());
    for (const url of ['/public', '/nowhere']) {
      const response = await app.inject({ method: 'GET', url });
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['content-security-policy']).toContain("default-src 'none'");
      expect(response.headers['x-frame-options']).toBe('DENY');
      expect(response.headers).not.toHaveProperty('x-powered-by');
    }
  });
});

describe('CORS', () => {
  const preflight = (origin: string) =>
    app!.inject({
      method: 'OPTIONS',
      url: '/things',
      headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });

  it('when an allowed origin sends a preflight, then it is allowed with credentials', async () => {
    ({ app } = await buildApp());
    const response = await preflight('http://localhost:3000');
    expect(response.statusCode).toBe(204);
    expect(response.headers['access-control-allow-origin']).toBe('http://localhost:3000');
    expect(response.headers['access-control-allow-credentials']).toBe('true');
    expect(String(response.headers['access-control-allow-methods'])).toContain('POST');
  });

  it('when a foreign origin sends a preflight, then it gets no access-control-allow-origin', async () => {
    ({ app } = await buildApp());
    const response = await preflight('https://evil.example');
    expect(response.headers).not.toHaveProperty('access-control-allow-origin');
  });

  it('when origins are configured, then only those are allowed', async () => {
    ({ app } = await buildApp({ corsOrigins: ['https://shop.example'] }));
    expect((await preflight('https://shop.example')).headers['access-control-allow-origin']).toBe('https://shop.example');
    expect((await preflight('http://localhost:3000')).headers).not.toHaveProperty('access-control-allow-origin');
  });

  it('when an allowed origin makes a request, then the request id and retry-after headers are exposed to it', async () => {
    ({ app } = await buildApp());
    const response = await app.inject({ method: 'GET', url: '/public', headers: { origin: 'http://localhost:3100' } });
    expect(response.headers['access-control-allow-origin']).toBe('http://localhost:3100');
    expect(String(response.headers['access-control-expose-headers'])).toMatch(/x-request-id.*retry-after/);
  });
});

describe('rate limiting', () => {
  const limited = { rateLimit: { max: 3, windowMs: 60_000 }, verifier } as const;

  it('when one client exceeds the limit, then the next request gets a 429 RATE_LIMITED problem with retry-after', async () => {
    ({ app } = await buildApp(limited));
    for (let i = 0; i < 3; i++) expect((await app.inject({ method: 'GET', url: '/public' })).statusCode).toBe(200);
    const response = await app.inject({ method: 'GET', url: '/public' });
    expect(response.statusCode).toBe(429);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(json(response)).toMatchObject({
      type: 'https://errors.shop.local/rate-limited',
      status: 429,
      code: 'RATE_LIMITED',
      detail: 'Rate limit of 3 requests per 1 minute exceeded.',
      requestId: response.headers['x-request-id'],
    });
    const retryAfter = Number(response.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
  });

  it('when requests carry a verified service token, then they are never limited', async () => {
    ({ app } = await buildApp(limited));
    for (let i = 0; i < 6; i++) {
      const response = await app.inject({ method: 'GET', url: '/public', headers: { authorization: 'Bearer service-token' } });
      expect(response.statusCode).toBe(200);
    }
  });

  it('when two signed-in users share an address, then each has their own quota', async () => {
    ({ app } = await buildApp(limited));
    const as = (token: string) => app!.inject({ method: 'GET', url: '/public', headers: { authorization: `Bearer ${token}` } });
    for (let i = 0; i < 3; i++) await as('customer-token');
    expect((await as('customer-token')).statusCode).toBe(429);
    expect((await as('customer-2-token')).statusCode).toBe(200);
  });

  it('when clients come through the trusted proxy, then each forwarded address has its own quota', async () => {
    ({ app } = await buildApp(limited));
    const from = (ip: string) => app!.inject({ method: 'GET', url: '/public', headers: { 'x-forwarded-for': ip } });
    for (let i = 0; i < 3; i++) await from('203.0.113.1');
    expect((await from('203.0.113.1')).statusCode).toBe(429);
    expect((await from('203.0.113.2')).statusCode).toBe(200);
  });

  it('when a client is limited, then health, metrics and the OpenAPI document still answer', async () => {
    ({ app } = await buildApp(limited));
    for (let i = 0; i < 4; i++) await app.inject({ method: 'GET', url: '/public' });
    for (const url of ['/health/live', '/health/ready', '/metrics', '/openapi.json']) {
      expect((await app.inject({ method: 'GET', url })).statusCode).toBe(200);
    }
  });

  it('when a client exceeds the limit on the docs, then the answer is a 429 problem too', async () => {
    ({ app } = await buildApp(limited));
    for (let i = 0; i < 3; i++) await app.inject({ method: 'GET', url: '/docs/json' });
    const response = await app.inject({ method: 'GET', url: '/docs/json' });
    expect(response.statusCode).toBe(429);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(json(response).code).toBe('RATE_LIMITED');
  });

  it('when no limit is configured, then clients get 600 requests per minute', async () => {
    ({ app } = await buildApp({ rateLimit: undefined }));
    const response = await app.inject({ method: 'GET', url: '/public' });
    expect(response.headers['x-ratelimit-limit']).toBe('600');
    expect(response.headers['x-ratelimit-reset']).toBe('60');
  });

  it('when rate limiting is turned off, then responses carry no rate-limit accounting', async () => {
    ({ app } = await buildApp({ rateLimit: false }));
    const response = await app.inject({ method: 'GET', url: '/public' });
    expect(response.statusCode).toBe(200);
    expect(response.headers).not.toHaveProperty('x-ratelimit-limit');
  });
});
