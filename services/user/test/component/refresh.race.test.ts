import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newCustomer, startHarness, type Harness } from './harness.js';

// A race test (*.race.test.ts): `npm test` runs it on PGlite, `engines-db` on PostgreSQL, where the
// refreshes of one token really run at the same time.
describe('refreshes of one token racing each other', () => {
  let h: Harness;
  const refresh = (refreshToken: unknown) => h.request({ method: 'POST', url: '/api/v1/auth/refresh', payload: { refreshToken } });

  beforeAll(async () => {
    h = await startHarness();
    // Open the pool's connections now, as a running service has them: racing requests that each
    // wait for a new connection would arrive one by one (README, "Race tests").
    await Promise.all(Array.from({ length: 10 }, (_, i) => refresh(`rt_warm-${i}`)));
  });
  afterAll(() => h.close());

  it('when five refreshes of one token arrive together, then all get the same successor, one row is added, and it works', async () => {
    const registered = await h.request({ method: 'POST', url: '/api/v1/auth/register', payload: newCustomer() });
    const token = registered.body['refreshToken'] as string;
    const userId = (registered.body['user'] as { id: string }).id;

    const results = await Promise.all(Array.from({ length: 5 }, () => refresh(token)));
    expect(results.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
    const successors = new Set(results.map((r) => r.body['refreshToken']));
    expect(successors.size).toBe(1);
    expect(await h.sql('SELECT count(*)::int AS n FROM refresh_tokens WHERE user_id = $1', [userId])).toEqual([{ n: 2 }]);

    // After the window, the first token is a reuse: the family goes, the shared successor with it.
    h.clock.advance(31);
    expect((await refresh(token)).status).toBe(401);
    expect((await refresh([...successors][0])).status).toBe(401);
  });
});
