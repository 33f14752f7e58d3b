import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpApp, type HttpApp } from '@shop/http/app';
import { MultilineText, PageQuery, Strict, Type } from '@shop/http/schemas';
import { silentLogger } from '@shop/logging/logger';
import { json } from './support.js';

let app: HttpApp;

beforeAll(async () => {
  app = await createHttpApp({ service: 'test', logger: silentLogger(), rateLimit: false });
  const query = Strict({ ...PageQuery, q: Type.Optional(Type.String({ maxLength: 100 })) });
  app.get('/items', { schema: { querystring: query } }, async (request) => request.query);
  app.get('/items/:id', { schema: { params: Strict({ id: Type.String({ maxLength: 64 }) }) } }, async (request) => request.params);
  const note = Strict({
    title: Type.String({ minLength: 1, maxLength: 100 }),
    text: Type.Optional(MultilineText({ maxLength: 1000 })),
    tags: Type.Optional(Type.Array(Type.String({ maxLength: 20 }))),
    attributes: Type.Optional(Type.Record(Type.String(), Type.Union([Type.String(), Type.Number()]))),
    owner: Type.Optional(Type.Union([Type.String({ format: 'email' }), Type.Null()])),
  });
  app.post('/notes', { schema: { body: note } }, async (request, reply) => reply.code(201).send(request.body));
  await app.ready();
});

afterAll(() => app.close());

const list = (query: string) => app.inject({ url: `/items?${query}` });
const post = (payload: Record<string, unknown>) => app.inject({ method: 'POST', url: '/notes', payload });

function expectRefused(response: { statusCode: number; headers: Record<string, unknown>; body: string }, path: string) {
  expect(response.statusCode).toBe(400);
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  const problem = json(response);
  expect(problem.code).toBe('VALIDATION_FAILED');
  expect(problem.errors.map((e: { path: string }) => e.path)).toContain(path);
  return problem;
}

describe('page and limit of every list', () => {
  it('when page is 1_000_000 and limit 100, then they are accepted as numbers', async () => {
    const response = await list('page=1000000&limit=100');
    expect(response.statusCode).toBe(200);
    expect(json(response)).toEqual({ page: 1_000_000, limit: 100 });
  });

  it.each(['1000001', '99999999999', '1e300', '9007199254740993', '0', '-1', '1.5'])(
    'when page is %s, then the answer is a 400 naming /querystring/page',
    async (page) => {
      expectRefused(await list(`page=${page}`), '/querystring/page');
    },
  );

  it.each(['0', '101', '1e300'])('when limit is %s, then the answer is a 400 naming /querystring/limit', async (limit) => {
    expectRefused(await list(`limit=${limit}`), '/querystring/limit');
  });

  it('when the OpenAPI document is read, then it states both bounds', async () => {
    const doc = app.swagger() as { paths: Record<string, { get: { parameters: { name: string; schema: object }[] } }> };
    const parameters = doc.paths['/items']!.get.parameters;
    expect(parameters.find((p) => p.name === 'page')?.schema).toMatchObject({ minimum: 1, maximum: 1_000_000 });
    expect(parameters.find((p) => p.name === 'limit')?.schema).toMatchObject({ minimum: 1, maximum: 100 });
  });
});

describe('control characters in text', () => {
  it('when a text field holds a NUL, then the answer is a 400 naming that field, not a 500 from the database', async () => {
    const problem = expectRefused(await post({ title: 'a\u0000b' }), '/title');
    expect(problem.errors).toEqual([{ path: '/title', message: 'must not contain control characters' }]);
  });

  it.each([
    ['\u0001', 'start of heading'],
    ['\u0008', 'backspace'],
    ['\t', 'tab'],
    ['\n', 'line feed'],
    ['\r', 'carriage return'],
    ['\u001b', 'escape'],
    ['\u007f', 'delete'],
    ['\u0085', 'next line (C1)'],
  ])('when a one-line field holds %j (%s), then it is refused', async (character) => {
    expectRefused(await post({ title: `a${character}b` }), '/title');
  });

  it('when a multi-line field holds tabs and line breaks, then they are kept', async () => {
    const text = 'line one\r\n\tline two\nline three';
    const response = await post({ title: 'note', text });
    expect(response.statusCode).toBe(201);
    expect(json(response).text).toBe(text);
  });

  it.each(['\u0000', '\u001b', '\u0007', '\u007f'])(
    'when a multi-line field holds %j, then it is refused all the same',
    async (character) => {
      const problem = expectRefused(await post({ title: 'note', text: `line\n${character}` }), '/text');
      expect(problem.errors).toEqual([{ path: '/text', message: 'must not contain control characters other than tab and line breaks' }]);
    },
  );

  it('when an array item, a union member or a map value holds a NUL, then the path points at it', async () => {
    expectRefused(await post({ title: 'note', tags: ['ok', 'b\u0000d'] }), '/tags/1');
    expectRefused(await post({ title: 'note', owner: 'a\u0000@b.co' }), '/owner');
    expectRefused(await post({ title: 'note', attributes: { colour: 're\u0000d' } }), '/attributes/colour');
  });

  it('when a map key holds a control character, then the answer is a 400 naming that key', async () => {
    const problem = expectRefused(await post({ title: 'note', attributes: { 'col\u0000our': 'red' } }), '/attributes/col\u0000our');
    expect(problem.errors).toEqual([{ path: '/attributes/col\u0000our', message: 'must not contain control characters' }]);
  });

  it('when a query parameter or a path parameter holds a NUL, then it is refused naming it', async () => {
    expectRefused(await list('q=a%00b'), '/querystring/q');
    expectRefused(await app.inject({ url: '/items/a%00b' }), '/params/id');
  });

  it('when text has no control characters, then accents, emoji and right-to-left script pass', async () => {
    const response = await post({ title: 'Crème brûlée 🍮 שלום', tags: ['ß'], attributes: { größe: 'XL' } });
    expect(response.statusCode).toBe(201);
  });
});
