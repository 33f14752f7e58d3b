import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HttpApp } from '@shop/http/app';
import { MultilineText, Strict, Type } from '@shop/http/schemas';
import { TEXT_PATTERNS } from '@shop/http/validation';
import { buildApp, json } from './support.js';

let app: HttpApp;

beforeAll(async () => {
  ({ app } = await buildApp({ tags: [] }));
});

afterAll(async () => {
  await app.close();
});

interface Operation {
  responses: Record<string, { content?: Record<string, { schema?: Record<string, unknown> }> }>;
  requestBody?: { content: Record<string, { schema: Record<string, any> }> };
  parameters?: { name: string; in: string; schema: Record<string, unknown> }[];
}
const document = () => app.swagger() as unknown as { paths: Record<string, Record<string, Operation>> };
const operations = () =>
  Object.entries(document().paths).flatMap(([path, ops]) => Object.entries(ops).map(([method, op]) => ({ path, method, op })));

describe('a method a path has no route for', () => {
  it('when TRACE is sent to a path that has routes, then the answer is a 405 problem whose Allow names the methods it has', async () => {
    const response = await app.inject({ method: 'TRACE', url: '/things/t-1' });
    expect(response.statusCode).toBe(405);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(String(response.headers['allow']).split(', ').sort()).toEqual(['GET', 'HEAD']);
    expect(json(response)).toMatchObject({ status: 405, code: 'METHOD_NOT_ALLOWED', requestId: response.headers['x-request-id'] });
  });

  it('when DELETE is sent with a JSON body to a path that only takes POST, then it is a 405 before the body is read', async () => {
    const response = await app.inject({
      method: 'DELETE',
      url: '/things',
      headers: { 'content-type': 'application/json' },
      payload: '{"name":',
    });
    expect(response.statusCode).toBe(405);
    expect(response.headers['allow']).toBe('POST');
  });

  it('when a path has no route for any method, then the answer is still a 404', async () => {
    const response = await app.inject({ method: 'TRACE', url: '/nowhere' });
    expect(response.statusCode).toBe(404);
    expect(response.headers['allow']).toBeUndefined();
  });
});

describe('the OpenAPI document', () => {
  it('when a route documents its responses, then 4XX and 5XX are problem+json with the Problem schema', () => {
    // A route without response schemas gets Fastify's undescribed "Default Response" (no service has one).
    const documented = operations().filter(
      ({ op }) => (op.responses['200'] as { description?: string } | undefined)?.description !== 'Default Response',
    );
    expect(documented.length).toBeGreaterThan(0);
    for (const { path, method, op } of documented) {
      for (const range of ['4XX', '5XX']) {
        const content = op.responses[range]?.content ?? {};
        expect(Object.keys(content), `${method} ${path} ${range}`).toEqual(['application/problem+json']);
        expect(content['application/problem+json']?.schema).toMatchObject({
          required: expect.arrayContaining(['type', 'status', 'code', 'requestId']),
        });
      }
    }
  });

  it('when a route names an error status of its own, then it is documented as problem+json too', async () => {
    const Declined = Type.Object({ code: Type.String(), orderId: Type.String() });
    const { logger } = (await import('./support.js')).captureLogs();
    const { createHttpApp } = await import('@shop/http/app');
    const app402 = await createHttpApp({ service: 'test', logger, rateLimit: false });
    app402.post('/pay', { schema: { response: { 201: Strict({ id: Type.String() }), 402: Declined } } }, async (_request, reply) =>
      reply.code(201).send({ id: 'p' }),
    );
    await app402.ready();
    const op = (app402.swagger() as unknown as { paths: Record<string, Record<string, Operation>> }).paths['/pay']!['post']!;
    expect(Object.keys(op.responses['402']?.content ?? {})).toEqual(['application/problem+json']);
    await app402.close();
  });

  it('when a request string refuses control characters, then its documented schema says so with a pattern', () => {
    const body = document().paths['/things']!['post']!.requestBody!.content['application/json']!.schema;
    const pattern = new RegExp(body['properties']['name']['pattern'] as string, 'u');
    expect(body['properties']['name']['pattern']).toBe(TEXT_PATTERNS.line);
    expect(pattern.test('Tea pot, 1 l')).toBe(true);
    expect(pattern.test('Tea\u0000pot')).toBe(false);
    expect(pattern.test('Tea\npot')).toBe(false);
    expect(pattern.test('Tea\u0085pot')).toBe(false);
    const path = document().paths['/things/{id}']!['get']!.parameters!.find((p) => p.name === 'id')!;
    expect(path.schema['pattern']).toBe(TEXT_PATTERNS.line);
  });
});

describe('documented text rules', () => {
  it('when a string has a pattern of its own, then both patterns are documented and multi-line text allows tab and line breaks only', async () => {
    const { logger } = (await import('./support.js')).captureLogs();
    const { createHttpApp } = await import('@shop/http/app');
    const text = await createHttpApp({ service: 'test', logger, rateLimit: false });
    const Input = Strict({
      sku: Type.String({ pattern: '\\S' }),
      code: Type.String({ pattern: '^[A-Z0-9-]+$' }),
      email: Type.String({ format: 'email' }),
      kind: Type.Union([Type.Literal('card'), Type.Literal('cash')]),
      note: MultilineText({ maxLength: 100 }),
      specs: Type.Record(Type.String(), Type.String()),
    });
    text.post('/notes', { schema: { body: Input, response: { 204: Type.Null() } } }, async (_request, reply) => reply.code(204).send(null));
    await text.ready();
    const schema = (text.swagger() as unknown as { paths: Record<string, Record<string, Operation>> }).paths['/notes']!['post']!
      .requestBody!.content['application/json']!.schema;
    expect(schema['properties']['sku']).toMatchObject({ pattern: '\\S', allOf: [{ pattern: TEXT_PATTERNS.line }] });
    // A pattern that lists every character it takes already states the rule: nothing is added.
    expect(schema['properties']['code']).toEqual({ type: 'string', pattern: '^[A-Z0-9-]+$' });
    // So does a format whose grammar has none, or a list of values; a pattern beside them would only slow generators.
    expect(schema['properties']['email']).toEqual({ type: 'string', format: 'email' });
    expect(JSON.stringify(schema['properties']['kind'])).not.toContain('pattern');
    const multiline = new RegExp(schema['properties']['note']['pattern'] as string, 'u');
    expect(multiline.test('one\ttwo\r\nthree')).toBe(true);
    expect(multiline.test('one\u0000two')).toBe(false);
    expect(schema['properties']['specs']['propertyNames']).toEqual({ pattern: TEXT_PATTERNS.line });
    // What the document states is what the server does: a line break in the single-line field is refused.
    const refused = await text.inject({
      method: 'POST',
      url: '/notes',
      payload: { sku: 'a\nb', code: 'A', email: 'a@b.co', kind: 'card', note: 'x', specs: {} },
    });
    expect(refused.statusCode).toBe(400);
    await text.close();
  });
});

describe('a body that may be left out', () => {
  it('when a route says optionalBody, then no body is handled as {} and the document says the body is not required', async () => {
    const { logger } = (await import('./support.js')).captureLogs();
    const { createHttpApp } = await import('@shop/http/app');
    const optional = await createHttpApp({ service: 'test', logger, rateLimit: false });
    const Body = Strict({ reason: Type.Optional(Type.String({ maxLength: 10 })) });
    optional.post(
      '/cancel',
      { schema: { optionalBody: true, body: Body, response: { 200: Strict({ reason: Type.String() }) } } },
      async (request) => ({ reason: request.body.reason ?? 'none' }),
    );
    await optional.ready();
    const op = (optional.swagger() as unknown as { paths: Record<string, Record<string, Operation & Record<string, unknown>>> }).paths[
      '/cancel'
    ]!['post']!;
    expect(op.requestBody).toMatchObject({ required: false });
    expect(op['x-optional-body']).toBeUndefined();
    const empty = await optional.inject({ method: 'POST', url: '/cancel' });
    expect(empty.statusCode).toBe(200);
    expect(json(empty)).toEqual({ reason: 'none' });
    const invalid = await optional.inject({ method: 'POST', url: '/cancel', payload: { reason: 'far too long a reason' } });
    expect(invalid.statusCode).toBe(400);
    // A body that is there but is not an object is not "no body".
    const nullBody = await optional.inject({
      method: 'POST',
      url: '/cancel',
      headers: { 'content-type': 'application/json' },
      payload: 'null',
    });
    expect(nullBody.statusCode).toBe(400);
    await optional.close();
  });
});
