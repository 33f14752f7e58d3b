import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pagingProblems } from '@shop/http/paging-testing';
import { startPlatform, type Platform } from '../platform.js';

describe('notifications: input the database cannot hold is a 400, never a 500', () => {
  let p: Platform;
  let admin: string;
  beforeAll(async () => {
    p = await startPlatform();
    admin = await p.issuer.token({ role: 'admin' });
  }, 200_000);
  afterAll(() => p?.close());

  const get = (url: string) => p.client.request({ url, token: admin });

  it.each(['/api/v1/notifications', '/api/v1/notifications/dead-letters'])(
    'when %s is asked for a page out of range, then 400 naming the page; the last page there may be answers',
    async (list) => {
      expect(await pagingProblems(p.client.request, list, admin)).toEqual([]);
    },
  );

  it.each([
    ['/api/v1/notifications?recipient=ada%00@example.com', '/querystring/recipient'],
    ['/api/v1/notifications/dead-letters?topic=order-events%00', '/querystring/topic'],
  ])('when %s filters by a NUL, then 400 naming the filter', async (url, path) => {
    const response = await get(url);
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([{ path, message: 'must not contain control characters' }]);
  });
});
