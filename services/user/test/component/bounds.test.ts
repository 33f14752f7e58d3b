import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pagingProblems } from '@shop/http/paging-testing';
import { ADMIN, startHarness, type Harness } from './harness.js';

describe('users: input the database cannot hold is a 400, never a 500', () => {
  let h: Harness;
  let admin: string;
  beforeAll(async () => {
    h = await startHarness();
    admin = (await h.request({ method: 'POST', url: '/api/v1/auth/login', payload: ADMIN })).body['accessToken'] as string;
  });
  afterAll(() => h.close());

  it('when the users list is asked for a page out of range, then 400 naming the page; the last page there may be answers', async () => {
    expect(await pagingProblems(h.request, '/api/v1/users', admin)).toEqual([]);
  });

  it('when the users are searched for a NUL, then 400 naming the search', async () => {
    const response = await h.request({ url: '/api/v1/users?q=%00', token: admin });
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([{ path: '/querystring/q', message: 'must not contain control characters' }]);
  });

  it('when someone registers with a NUL or a line break in a name, then 400 naming it and no account exists', async () => {
    const email = `nul-${Date.now()}@example.com`;
    const payload = { email, password: 'a-long-password', firstName: 'Ada\u0000', lastName: 'Love\nlace' };
    const response = await h.request({ method: 'POST', url: '/api/v1/auth/register', payload });
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([
      { path: '/firstName', message: 'must not contain control characters' },
      { path: '/lastName', message: 'must not contain control characters' },
    ]);
    expect(await h.sql('SELECT id FROM users WHERE email = $1', [email])).toHaveLength(0);
  });
});
