import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HttpApp } from '@shop/http/app';
import { buildApp, json } from './support.js';

let app: HttpApp;

beforeEach(async () => {
  ({ app } = await buildApp());
});

afterEach(async () => {
  await app.close();
});

function postThing(payload: unknown) {
  return app.inject({ method: 'POST', url: '/things', payload: payload as Record<string, unknown> });
}

describe('request body validation', () => {
  it('when the body is valid, then the handler answers', async () => {
    const response = await postThing({ name: 'lamp', quantity: 2 });
    expect(response.statusCode).toBe(201);
    expect(json(response)).toEqual({ id: 't-1', name: 'lamp', quantity: 2 });
  });

  it('when the body has an unknown field, then the answer is a 400 problem naming that field', async () => {
    const response = await postThing({ name: 'lamp', quantity: 2, isAdmin: true });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    const problem = json(response);
    expect(problem).toMatchObject({
      type: 'https://errors.shop.local/validation-failed',
      status: 400,
      code: 'VALIDATION_FAILED',
      detail: 'The request body is not valid.',
    });
    expect(problem.errors).toEqual([{ path: '/isAdmin', message: 'is not an accepted field' }]);
  });

  it('when a required field is missing, then errors[] says that path is required', async () => {
    const response = await postThing({ name: 'lamp' });
    expect(response.statusCode).toBe(400);
    expect(json(response).errors).toEqual([{ path: '/quantity', message: 'is required' }]);
  });

  it('when several fields are wrong, then every one of them is reported at once', async () => {
    const response = await postThing({ name: '', extra: 1 });
    const paths = (json(response).errors as { path: string }[]).map((e) => e.path).sort();
    expect(paths).toEqual(['/extra', '/name', '/quantity']);
  });

  it('when a number is sent as a string in the body, then it is refused rather than coerced', async () => {
    const response = await postThing({ name: 'lamp', quantity: '2' });
    expect(response.statusCode).toBe(400);
    expect(json(response).errors).toEqual([{ path: '/quantity', message: 'must be integer' }]);
  });

  it('when a nested item is wrong, then the path points into the array', async () => {
    const response = await postThing({ name: 'lamp', quantity: 1, tags: [{ label: 'ok' }, { label: 3 }] });
    expect(response.statusCode).toBe(400);
    expect(json(response).errors).toEqual([{ path: '/tags/1/label', message: 'must be string' }]);
  });

  it('when the body is not valid JSON, then the answer is a 400 VALIDATION_FAILED problem', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/things',
      headers: { 'content-type': 'application/json' },
      payload: '{"name": "lamp",',
    });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(json(response)).toMatchObject({ code: 'VALIDATION_FAILED', detail: 'The request body is not valid JSON.' });
  });

  it('when the content type is JSON but the body is empty, then the answer is a 400 VALIDATION_FAILED problem', async () => {
    const response = await app.inject({ method: 'POST', url: '/things', headers: { 'content-type': 'application/json' }, payload: '' });
    expect(response.statusCode).toBe(400);
    expect(json(response).code).toBe('VALIDATION_FAILED');
  });

  it('when the body is larger than 1 MiB, then the answer is a 413 PAYLOAD_TOO_LARGE problem', async () => {
    const payload = JSON.stringify({ name: 'x'.repeat(1024 * 1024), quantity: 1 });
    const response = await app.inject({ method: 'POST', url: '/things', headers: { 'content-type': 'application/json' }, payload });
    expect(response.statusCode).toBe(413);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(json(response)).toMatchObject({ status: 413, code: 'PAYLOAD_TOO_LARGE', type: 'https://errors.shop.local/payload-too-large' });
  });

  it('when a body just under 1 MiB is sent, then it is accepted', async () => {
    const payload = JSON.stringify({ name: 'x'.repeat(1024 * 1024 - 100), quantity: 1 });
    const response = await app.inject({ method: 'POST', url: '/things', headers: { 'content-type': 'application/json' }, payload });
    expect(response.statusCode).toBe(201);
  });

  it('when the body is sent in a media type without a parser, then the answer is a 415 UNSUPPORTED_MEDIA_TYPE problem', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/things',
      headers: { 'content-type': 'application/xml' },
      payload: '<thing/>',
    });
    expect(response.statusCode).toBe(415);
    expect(json(response).code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });
});

describe('querystring and params validation', () => {
  it('when integers arrive in the querystring, then they are coerced to numbers', async () => {
    const response = await app.inject({ method: 'GET', url: '/things/t-1?page=2&limit=50' });
    expect(response.statusCode).toBe(200);
    expect(json(response)).toMatchObject({ id: 't-1', page: 2, limit: 50, pageType: 'number', limitType: 'number' });
  });

  it('when optional query parameters are absent, then their defaults apply', async () => {
    const response = await app.inject({ method: 'GET', url: '/things/t-1' });
    expect(json(response)).toMatchObject({ page: 1, limit: 20 });
  });

  it('when a query parameter is out of range, then the answer is a 400 naming /querystring/<name>', async () => {
    const response = await app.inject({ method: 'GET', url: '/things/t-1?limit=500' });
    expect(response.statusCode).toBe(400);
    const problem = json(response);
    expect(problem.detail).toBe('The request querystring is not valid.');
    expect(problem.errors).toEqual([{ path: '/querystring/limit', message: 'must be <= 100' }]);
  });

  it('when a query parameter is not a number, then the answer is a 400 rather than a NaN', async () => {
    const response = await app.inject({ method: 'GET', url: '/things/t-1?page=two' });
    expect(response.statusCode).toBe(400);
    expect(json(response).errors).toEqual([{ path: '/querystring/page', message: 'must be integer' }]);
  });

  it('when an unknown query parameter is sent, then it is refused like an unknown body field', async () => {
    const response = await app.inject({ method: 'GET', url: '/things/t-1?sort=name' });
    expect(response.statusCode).toBe(400);
    expect(json(response).errors).toEqual([{ path: '/querystring/sort', message: 'is not an accepted field' }]);
  });
});
