import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireAuth } from '@shop/auth/require-role';
import { createHttpApp, type HttpApp } from '@shop/http/app';
import { Strict, Type } from '@shop/http/schemas';
import { silentLogger } from '@shop/logging/logger';
import { json, verifier } from './support.js';

let app: HttpApp;
let port: number;

beforeAll(async () => {
  app = await createHttpApp({ service: 'test', logger: silentLogger(), rateLimit: false, verifier });
  app.get('/items/:id', { schema: { params: Strict({ id: Type.String({ maxLength: 200 }) }) } }, async (request) => request.params);
  app.post('/items', { schema: { body: Strict({ name: Type.String({ maxLength: 100 }) }) } }, async (request) => request.body);
  app.get('/me', { preHandler: requireAuth }, async () => ({ ok: true }));
  await app.listen({ port: 0, host: '127.0.0.1' });
  port = (app.server.address() as { port: number }).port;
});

afterAll(() => app.close());

interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Sends bytes as they are (no client library between, which would refuse to send most of these) and reads the answer. */
function exchange(request: string): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    const timer = setTimeout(() => socket.destroy(new Error(`no answer to ${JSON.stringify(request.slice(0, 80))}`)), 5_000);
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', (error) => {
      clearTimeout(timer);
      // The server may close before it has read everything we wrote; what it answered still counts.
      if (chunks.length > 0) resolve(parse(Buffer.concat(chunks).toString('latin1')));
      else reject(error);
    });
    socket.on('close', () => {
      clearTimeout(timer);
      if (chunks.length > 0) resolve(parse(Buffer.concat(chunks).toString('latin1')));
    });
    socket.write(Buffer.from(request, 'latin1'));
  });
}

function parse(text: string): RawResponse {
  const end = text.indexOf('\r\n\r\n');
  const [statusLine = '', ...lines] = text.slice(0, end).split('\r\n');
  const headers = Object.fromEntries(
    lines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]),
  );
  return { status: Number(statusLine.split(' ')[1]), headers, body: text.slice(end + 4) };
}

const get = (path: string, headers = '') => exchange(`GET ${path} HTTP/1.1\r\nHost: localhost\r\n${headers}Connection: close\r\n\r\n`);

function expectProblem(response: RawResponse, status: number, code: string) {
  expect(response.status).toBe(status);
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  const problem = JSON.parse(response.body);
  expect(problem).toMatchObject({ type: `https://errors.shop.local/${code.toLowerCase().replace(/_/g, '-')}`, status, code });
  expect(problem.title).toEqual(expect.any(String));
  expect(problem.detail).toEqual(expect.any(String));
  expect(problem.requestId).toBe(response.headers['x-request-id']);
  return problem;
}

describe('errors the router produces', () => {
  it('when an id is longer than 100 characters but within its schema, then the route answers (the router no longer cuts it at 100)', async () => {
    const id = 'a'.repeat(180);
    const response = await app.inject({ url: `/items/${id}` });
    expect(response.statusCode).toBe(200);
    expect(json(response)).toEqual({ id });
  });

  it('when an id is longer than its schema allows, then the answer is a 400 naming /params/id', async () => {
    const response = await app.inject({ url: `/items/${'a'.repeat(201)}` });
    expect(response.statusCode).toBe(400);
    expect(json(response).errors).toEqual([{ path: '/params/id', message: 'must NOT have more than 200 characters' }]);
  });

  it('when a path segment is longer than any route takes, then the answer is a 414 URI_TOO_LONG problem carrying the request id', async () => {
    const response = await get(`/items/${'a'.repeat(2_000)}`, 'X-Request-Id: req-long-1\r\n');
    const problem = expectProblem(response, 414, 'URI_TOO_LONG');
    expect(problem.requestId).toBe('req-long-1');
  });

  it('when the path holds a broken percent escape, then the answer is a 400 VALIDATION_FAILED problem', async () => {
    expectProblem(await get('/items/%zz'), 400, 'VALIDATION_FAILED');
  });
});

describe("errors Node's HTTP server produces before any route runs", () => {
  it('when the request is not HTTP at all, then the answer is a 400 VALIDATION_FAILED problem', async () => {
    expectProblem(await exchange('HELLO\r\n\r\n'), 400, 'VALIDATION_FAILED');
  });

  it('when a header holds a NUL, then the answer is a 400 VALIDATION_FAILED problem', async () => {
    expectProblem(await get('/items/1', 'X-Note: a\u0000b\r\n'), 400, 'VALIDATION_FAILED');
  });

  it('when Content-Length is not a number, then the answer is a 400 VALIDATION_FAILED problem', async () => {
    const response = await exchange('POST /items HTTP/1.1\r\nHost: localhost\r\nContent-Length: ten\r\nConnection: close\r\n\r\n{}');
    expectProblem(response, 400, 'VALIDATION_FAILED');
  });

  it('when the headers are larger than the server takes, then the answer is a 431 HEADERS_TOO_LARGE problem', async () => {
    expectProblem(await get('/items/1', `X-Note: ${'a'.repeat(20_000)}\r\n`), 431, 'HEADERS_TOO_LARGE');
  });

  it('when the URL alone is larger than the server takes, then the answer is a 414 URI_TOO_LONG problem', async () => {
    expectProblem(await get(`/items/1?q=${'a'.repeat(20_000)}`), 414, 'URI_TOO_LONG');
  });

  it('when the request expects something other than 100-continue, then the answer is a 417 EXPECTATION_FAILED problem', async () => {
    expectProblem(await get('/items/1', 'Expect: teapot\r\n'), 417, 'EXPECTATION_FAILED');
  });
});

describe('header values', () => {
  const names = [
    'authorization',
    'content-type',
    'traceparent',
    'tracestate',
    'x-request-id',
    'x-forwarded-for',
    'x-forwarded-proto',
    'origin',
    'cookie',
    'accept',
    'accept-encoding',
    'idempotency-key',
    'x-anything',
  ];
  const lengths = [0, 1, 128, 129, 256, 4_096, 16_000, 17_000, 70_000];
  const fillers = ['a', ' ', ',', '\u00e9', '0'];

  it('when any header holds any value of any length, then the answer is never a 5xx, and an error is a problem', async () => {
    const failures: string[] = [];
    for (const name of names) {
      for (const length of lengths) {
        for (const filler of fillers) {
          const value = name === 'authorization' ? `Bearer ${filler.repeat(length)}` : filler.repeat(length);
          for (const path of ['/me', '/items/1']) {
            const response = await get(path, `${name}: ${value}\r\n`);
            const problem = /^application\/problem\+json/.test(response.headers['content-type'] ?? '');
            if (response.status >= 500 || (response.status >= 400 && !problem)) {
              failures.push(
                `${name} × ${length} ${JSON.stringify(filler)} on ${path}: ${response.status} ${response.headers['content-type']}`,
              );
            }
          }
        }
      }
    }
    expect(failures).toEqual([]);
  });
});
