import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HttpApp } from '@shop/http/app';
import { buildApp, json, type LogLine } from './support.js';

let app: HttpApp;
let lines: LogLine[];

beforeEach(async () => {
  ({ app, lines } = await buildApp());
});

afterEach(async () => {
  await app.close();
});

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('errors thrown by handlers', () => {
  it('when a ConflictError is thrown, then the answer is a 409 problem with its extensions and the request id', async () => {
    const response = await app.inject({ method: 'GET', url: '/fail/conflict' });
    expect(response.statusCode).toBe(409);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(json(response)).toEqual({
      type: 'https://errors.shop.local/conflict',
      title: 'Conflict',
      status: 409,
      code: 'CONFLICT',
      detail: 'The order is already paid.',
      orderId: 'o-1',
      requestId: response.headers['x-request-id'],
    });
  });

  it('when a RateLimitedError is thrown, then the answer is a 429 with a retry-after header', async () => {
    const response = await app.inject({ method: 'GET', url: '/fail/rate' });
    expect(response.statusCode).toBe(429);
    expect(response.headers['retry-after']).toBe('7');
    expect(json(response)).toMatchObject({ type: 'https://errors.shop.local/rate-limited', code: 'RATE_LIMITED', detail: 'Slow down.' });
  });

  it('when an upstream is unavailable, then the answer is a 503 naming it, with retry-after, logged as a warning', async () => {
    const response = await app.inject({ method: 'GET', url: '/fail/upstream' });
    expect(response.statusCode).toBe(503);
    expect(response.headers['retry-after']).toBe('1');
    expect(json(response)).toMatchObject({
      type: 'https://errors.shop.local/upstream-unavailable',
      code: 'UPSTREAM_UNAVAILABLE',
      upstream: 'inventory',
      detail: 'inventory is unavailable. Please retry shortly.',
    });
    expect(lines.find((l) => l.msg === 'inventory is unavailable. Please retry shortly.')?.level).toBe('warn');
  });

  it('when a NotFoundError is thrown, then the answer is a 404 problem with its detail', async () => {
    const response = await app.inject({ method: 'GET', url: '/fail/not-found' });
    expect(response.statusCode).toBe(404);
    expect(json(response)).toMatchObject({ code: 'NOT_FOUND', detail: 'Order o-9 was not found.' });
  });

  it('when a ValidationError with field errors is thrown, then the errors reach the body', async () => {
    const response = await app.inject({ method: 'GET', url: '/fail/validation' });
    expect(response.statusCode).toBe(400);
    expect(json(response).errors).toEqual([{ path: '/coupon', message: 'has expired' }]);
  });

  it('when a plain Error is thrown, then the answer is a 500 INTERNAL without the internal message or stack', async () => {
    const response = await app.inject({ method: 'GET', url: '/fail/plain' });
    expect(response.statusCode).toBe(500);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    const problem = json(response);
    expect(problem).toEqual({
      type: 'https://errors.shop.local/internal',
      title: 'Internal server error',
      status: 500,
      code: 'INTERNAL',
      detail: 'An unexpected error occurred.',
      requestId: response.headers['x-request-id'],
    });
    expect(response.body).not.toContain('db-primary');
    expect(response.body).not.toContain('at ');
  });

  it('when a plain Error is thrown, then it is logged at error level with its message, stack and the request id', async () => {
    const response = await app.inject({ method: 'GET', url: '/fail/plain' });
    const logged = lines.find((l) => l.msg === 'unhandled error');
    expect(logged).toMatchObject({ level: 'error', requestId: response.headers['x-request-id'] });
    expect(logged?.err.message).toBe('connection to db-primary:5432 refused');
    expect(logged?.err.stack).toContain('Error: connection to db-primary:5432 refused');
  });

  it('when no route matches, then the answer is a 404 NOT_FOUND problem naming the method and path', async () => {
    const response = await app.inject({ method: 'DELETE', url: '/nowhere?x=1' });
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(json(response)).toEqual({
      type: 'https://errors.shop.local/not-found',
      title: 'Not found',
      status: 404,
      code: 'NOT_FOUND',
      detail: 'No route for DELETE /nowhere.',
      requestId: response.headers['x-request-id'],
    });
  });

  it('when a path has a trailing slash, then it still matches its route', async () => {
    const response = await app.inject({ method: 'GET', url: '/public/' });
    expect(response.statusCode).toBe(200);
  });
});

describe('request ids', () => {
  it('when the caller sends a valid x-request-id, then it is echoed and used in the problem', async () => {
    const response = await app.inject({ method: 'GET', url: '/fail/conflict', headers: { 'x-request-id': 'gateway-42.a:b_c' } });
    expect(response.headers['x-request-id']).toBe('gateway-42.a:b_c');
    expect(json(response).requestId).toBe('gateway-42.a:b_c');
  });

  it('when the caller sends no x-request-id, then a UUID is generated', async () => {
    const response = await app.inject({ method: 'GET', url: '/public' });
    expect(response.headers['x-request-id']).toMatch(UUID);
  });

  it.each([
    ['contains spaces', 'my request id'],
    ['is longer than 128 characters', 'a'.repeat(129)],
    ['contains quotes and braces', 'abc{"level":"error"}'],
  ])('when the x-request-id %s, then a generated one replaces it', async (_why, sent) => {
    const response = await app.inject({ method: 'GET', url: '/fail/conflict', headers: { 'x-request-id': sent } });
    const id = response.headers['x-request-id'];
    expect(id).not.toBe(sent);
    expect(id).toMatch(UUID);
    expect(json(response).requestId).toBe(id);
  });

  it('when the x-request-id is exactly 128 characters, then it is kept', async () => {
    const sent = 'a'.repeat(128);
    const response = await app.inject({ method: 'GET', url: '/public', headers: { 'x-request-id': sent } });
    expect(response.headers['x-request-id']).toBe(sent);
  });

  it('when two requests arrive without ids, then each gets its own', async () => {
    const first = await app.inject({ method: 'GET', url: '/public' });
    const second = await app.inject({ method: 'GET', url: '/public' });
    expect(first.headers['x-request-id']).toMatch(UUID);
    expect(second.headers['x-request-id']).toMatch(UUID);
    expect(first.headers['x-request-id']).not.toBe(second.headers['x-request-id']);
  });
});
