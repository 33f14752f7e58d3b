import { describe, expect, it } from 'vitest';
import { createHttpApp } from '@shop/http/app';
import { Strict, Type } from '@shop/http/schemas';
import { createResponseChecker } from '@shop/http/testing';
import { silentLogger } from '@shop/logging/logger';

describe('response checker', () => {
  it('when a body breaks its documented schema, then the checker names the problem; a valid one passes', async () => {
    const app = await createHttpApp({ service: 't', logger: silentLogger() });
    app.get(
      '/things/:id',
      { schema: { params: Strict({ id: Type.String() }), response: { 200: Type.Object({ id: Type.String(), n: Type.Integer() }) } } },
      async () => ({
        id: 'a',
        n: 1,
      }),
    );
    await app.ready();
    const check = createResponseChecker(app);
    expect(check('GET', '/things/a', 200, { id: 'a', n: 1 })).toEqual([]);
    expect(check('GET', '/things/a', 200, { id: 'a', n: 'one' }).join()).toContain('/n');
    expect(check('GET', '/things/a', 404, { type: 'x', title: 't', status: 404, code: 'NOT_FOUND', detail: 'd', requestId: 'r' })).toEqual(
      [],
    );
    expect(check('GET', '/things/a', 404, { detail: 'no code' }).length).toBeGreaterThan(0);
    expect(check('GET', '/elsewhere', 200, {})).toEqual(['GET /elsewhere is not in the OpenAPI document']);
    expect(check('DELETE', '/things/a', 204, undefined)).toEqual(['DELETE /things/a is not documented']);
    await app.close();
  });
});
