import { afterEach, describe, expect, it } from 'vitest';
import { AppError, UpstreamUnavailableError } from '@shop/errors/errors';
import { UpstreamProblemError, createServiceClient, type ServiceClientOptions } from '@shop/http-client/client';
import { rejection, upstream, type Scripted, type Upstream } from './support.js';

let server: Upstream;

afterEach(async () => {
  await server.close();
});

async function clientFor(script: Scripted[], options: Partial<ServiceClientOptions> = {}) {
  server = await upstream(...script);
  return createServiceClient({ upstream: 'catalog', baseUrl: server.url, backoffMs: 1, ...options });
}

const unavailable = { status: 503, body: { code: 'UPSTREAM_UNAVAILABLE', detail: 'db down' } };
const ok = { status: 200, body: { id: 'p-1' } };

describe('retries', () => {
  it('when a GET keeps answering 503, then it is tried retries+1 times and fails with UpstreamUnavailableError', async () => {
    const client = await clientFor([unavailable], { retries: 2 });
    const error = await rejection(client.get('/products/p-1'));
    expect(error).toBeInstanceOf(UpstreamUnavailableError);
    expect((error as UpstreamUnavailableError).message).toBe('catalog is unavailable. Please retry shortly.');
    expect((error as UpstreamUnavailableError).extensions).toEqual({ upstream: 'catalog' });
    expect(server.seen).toHaveLength(3);
  });

  it('when a GET answers 503 then 200, then the retry succeeds', async () => {
    const client = await clientFor([unavailable, ok], { retries: 2 });
    await expect(client.get('/products/p-1')).resolves.toEqual({ id: 'p-1' });
    expect(server.seen).toHaveLength(2);
  });

  it('when retries is 0, then a failing GET is tried once', async () => {
    const client = await clientFor([{ status: 502 }], { retries: 0 });
    await expect(client.get('/x')).rejects.toBeInstanceOf(UpstreamUnavailableError);
    expect(server.seen).toHaveLength(1);
  });

  it('when no retries are configured, then a failing GET is tried three times', async () => {
    const client = await clientFor([{ status: 504 }]);
    await expect(client.get('/x')).rejects.toBeInstanceOf(UpstreamUnavailableError);
    expect(server.seen).toHaveLength(3);
  });

  it('when the upstream answers 500, then the call fails with UpstreamUnavailableError without retrying a bug', async () => {
    const client = await clientFor([{ status: 500, body: { code: 'INTERNAL' } }], { retries: 2 });
    await expect(client.get('/x')).rejects.toBeInstanceOf(UpstreamUnavailableError);
    expect(server.seen).toHaveLength(1);
  });

  it('when a POST without an idempotency key gets a 503, then it is not retried', async () => {
    const client = await clientFor([unavailable, ok], { retries: 2 });
    await expect(client.post('/orders', { sku: 'a' })).rejects.toBeInstanceOf(UpstreamUnavailableError);
    expect(server.seen).toHaveLength(1);
  });

  it('when a POST with an idempotency key gets 503s, then it is retried with the same key each time', async () => {
    const client = await clientFor([unavailable], { retries: 2 });
    await expect(client.post('/orders', { sku: 'a' }, { idempotencyKey: 'idem-1' })).rejects.toBeInstanceOf(UpstreamUnavailableError);
    expect(server.seen).toHaveLength(3);
    expect(server.seen.map((r) => r.headers['idempotency-key'])).toEqual(['idem-1', 'idem-1', 'idem-1']);
    expect(server.seen.map((r) => r.body)).toEqual(Array(3).fill('{"sku":"a"}'));
  });

  it('when a PUT or a DELETE gets a 503, then it is retried like a GET', async () => {
    const client = await clientFor([unavailable, { status: 204 }, unavailable, { status: 204 }], { retries: 1 });
    await client.put('/products/p-1', { name: 'x' });
    await client.delete('/products/p-1');
    expect(server.seen.map((r) => r.method)).toEqual(['PUT', 'PUT', 'DELETE', 'DELETE']);
  });

  it('when a PATCH gets a 503, then it is not retried', async () => {
    const client = await clientFor([unavailable, ok], { retries: 2 });
    await expect(client.patch('/products/p-1', { name: 'x' })).rejects.toBeInstanceOf(UpstreamUnavailableError);
    expect(server.seen).toHaveLength(1);
  });
});

describe('problem answers', () => {
  it('when the upstream answers a 4xx problem+json, then it becomes an UpstreamProblemError with its code, status and detail', async () => {
    const problem = {
      type: 'https://errors.shop.local/insufficient-stock',
      status: 409,
      code: 'INSUFFICIENT_STOCK',
      detail: 'Only 2 left of sku-1.',
      errors: [{ path: '/items/0/quantity', message: 'exceeds stock' }],
    };
    const client = await clientFor([{ status: 409, body: problem, contentType: 'application/problem+json' }], { retries: 2 });
    const error = await rejection(client.post('/reservations', { sku: 'sku-1' }, { idempotencyKey: 'k' }));
    expect(error).toBeInstanceOf(UpstreamProblemError);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({
      upstream: 'catalog',
      status: 409,
      code: 'INSUFFICIENT_STOCK',
      message: 'Only 2 left of sku-1.',
      errors: [{ path: '/items/0/quantity', message: 'exceeds stock' }],
    });
    expect((error as UpstreamProblemError).problem).toMatchObject({ type: problem.type });
    expect(server.seen).toHaveLength(1);
  });

  it('when a GET gets a 404 problem, then it is not retried', async () => {
    const client = await clientFor([{ status: 404, body: { code: 'NOT_FOUND', detail: 'Product p-9 was not found.' } }], { retries: 2 });
    const error = await rejection(client.get('/products/p-9'));
    expect(error).toMatchObject({ code: 'NOT_FOUND', status: 404, message: 'Product p-9 was not found.' });
    expect(server.seen).toHaveLength(1);
  });

  it('when a 4xx answer is not JSON, then its text becomes the detail', async () => {
    const client = await clientFor([{ status: 400, text: 'bad things', contentType: 'text/plain' }]);
    const error = await rejection(client.get('/x'));
    expect(error).toBeInstanceOf(UpstreamProblemError);
    expect(error).toMatchObject({ status: 400, message: 'bad things' });
  });

  it('when a 4xx answer has no detail, then the message names the upstream and status', async () => {
    const client = await clientFor([{ status: 403, body: { code: 'FORBIDDEN' } }]);
    await expect(client.get('/x')).rejects.toThrow('catalog answered 403');
  });
});

describe('transport failures', () => {
  it('when the upstream never answers, then the call times out with UpstreamUnavailableError', async () => {
    const client = await clientFor([{ status: 200, hang: true }], { timeoutMs: 100, retries: 0 });
    const started = Date.now();
    await expect(client.get('/slow')).rejects.toBeInstanceOf(UpstreamUnavailableError);
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('when a GET times out, then each attempt has its own timeout and it is retried', async () => {
    const client = await clientFor([{ status: 200, hang: true }, ok], { timeoutMs: 100, retries: 1 });
    await expect(client.get('/slow')).resolves.toEqual({ id: 'p-1' });
    expect(server.seen).toHaveLength(2);
  });

  it('when a POST times out, then it is not retried (it may have been applied)', async () => {
    const client = await clientFor([{ status: 200, hang: true }], { timeoutMs: 100, retries: 2 });
    await expect(client.post('/orders', {})).rejects.toBeInstanceOf(UpstreamUnavailableError);
    expect(server.seen).toHaveLength(1);
  });

  it('when the connection drops while the answer is read, then UpstreamUnavailableError: the call may have been applied', async () => {
    const client = await clientFor([{ status: 201, body: { id: 'o-1', items: ['a', 'b', 'c'] }, cut: true }], { retries: 2 });
    const error = await rejection(client.post('/orders', {}));
    expect(error).toBeInstanceOf(UpstreamUnavailableError);
    expect((error as UpstreamUnavailableError).certainlyNotApplied).toBe(false);
    expect(server.seen).toHaveLength(1);
  });

  it('when nothing listens at the base URL, then the call fails with UpstreamUnavailableError', async () => {
    server = await upstream(ok);
    // Port 1, where nothing listens: a port just closed could be taken by another process in the meantime.
    const client = createServiceClient({ upstream: 'catalog', baseUrl: 'http://127.0.0.1:1', retries: 1, backoffMs: 1 });
    const error = await rejection(client.get('/x'));
    expect(error).toBeInstanceOf(UpstreamUnavailableError);
    // The refused connection is kept as the cause, and it proves the call never reached the service.
    expect((error as Error).cause).toMatchObject({ code: 'ECONNREFUSED' });
    expect((error as UpstreamUnavailableError).certainlyNotApplied).toBe(true);
  });
});
