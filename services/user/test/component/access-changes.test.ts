import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Subscription } from '@shop/events/bus';
import { ADMIN, EVENT_WAIT_MS, newCustomer, startHarness, type Harness } from './harness.js';

interface Seen {
  type: string;
  source: string;
  subject: string;
  data: Record<string, unknown>;
}

describe('user service: deactivations and role changes are published for every service to refuse older tokens', () => {
  let h: Harness;
  let adminToken: string;
  let sub: Subscription;
  const seen: Seen[] = [];
  const TTL_SECONDS = 600;

  beforeAll(async () => {
    h = await startHarness({ JWT_ACCESS_TTL_SECONDS: String(TTL_SECONDS) });
    adminToken = (await h.request({ method: 'POST', url: '/api/v1/auth/login', payload: ADMIN })).body['accessToken'] as string;
    sub = await h.bus.subscribe({
      groupId: `access-changes-test-${crypto.randomUUID()}`,
      topics: ['user-events'],
      handler: async (m) => void seen.push(JSON.parse(m.value) as Seen),
    });
  });
  afterAll(async () => {
    await sub.close();
    await h.close();
  });

  async function customer() {
    const res = await h.request({ method: 'POST', url: '/api/v1/auth/register', payload: newCustomer() });
    return { id: (res.body['user'] as { id: string }).id, token: res.body['accessToken'] as string };
  }
  const patch = (id: string, payload: Record<string, unknown>) =>
    h.request({ method: 'PATCH', url: `/api/v1/users/${id}`, token: adminToken, payload });
  const outboxTypes = async (userId: string) =>
    ((await h.sql('SELECT type FROM outbox WHERE key = $1 ORDER BY position', [userId])) as { type: string }[]).map((r) => r.type);
  const changesOf = (userId: string) => seen.filter((e) => e.subject === userId && e.type !== 'user.registered');

  it('when an admin deactivates a user, then user.deactivated is written with the change, with the token lifetime from config', async () => {
    const c = await customer();
    const before = Date.now();
    expect((await patch(c.id, { isActive: false })).status).toBe(200);
    // In the outbox as soon as the change is answered: written by the same transaction, not after it.
    expect(await outboxTypes(c.id)).toEqual(['user.registered', 'user.deactivated']);
    await expect.poll(() => changesOf(c.id), { timeout: EVENT_WAIT_MS }).toHaveLength(1);
    const [event] = changesOf(c.id);
    expect(event).toMatchObject({ type: 'user.deactivated', source: 'user', subject: c.id, data: { userId: c.id } });
    const at = Date.parse(event!.data['at'] as string);
    expect(at).toBeGreaterThanOrEqual(before - 1);
    expect(at).toBeLessThanOrEqual(Date.now());
    expect(Date.parse(event!.data['tokensExpireBy'] as string) - at).toBe(TTL_SECONDS * 1000);
  });

  it('when an admin changes a role, then user.role_changed names the new and the previous role', async () => {
    const c = await customer();
    expect((await patch(c.id, { role: 'admin' })).status).toBe(200);
    expect((await patch(c.id, { role: 'customer' })).status).toBe(200); // one active admin again
    await expect.poll(() => changesOf(c.id), { timeout: EVENT_WAIT_MS }).toHaveLength(2);
    expect(changesOf(c.id).map((e) => e.data)).toMatchObject([
      { userId: c.id, role: 'admin', previousRole: 'customer' },
      { userId: c.id, role: 'customer', previousRole: 'admin' },
    ]);
  });

  it('when nothing changes (same role, already inactive, a reactivation, an unknown user), then nothing is published; two changes give two events', async () => {
    const c = await customer();
    await patch(c.id, { role: 'customer' });
    await patch(c.id, { isActive: true });
    await patch(c.id, { isActive: false });
    await patch(c.id, { isActive: false });
    await patch(c.id, { isActive: true });
    await patch(c.id, { isActive: false, role: 'admin' }); // two changes: two events (and no second active admin)
    expect((await patch('00000000-0000-4000-8000-000000000000', { isActive: false })).status).toBe(404);
    expect(await outboxTypes(c.id)).toEqual(['user.registered', 'user.deactivated', 'user.deactivated', 'user.role_changed']);
    expect(await outboxTypes('00000000-0000-4000-8000-000000000000')).toEqual([]);
  });

  it('when the last admin would be demoted, then the change is refused and nothing is published', async () => {
    const me = (await h.request({ url: '/api/v1/users/profile', token: adminToken })).body as { id: string };
    expect((await patch(me.id, { role: 'customer' })).status).toBe(409);
    expect(await outboxTypes(me.id)).toEqual([]);
  });

  it('when a user is deactivated or demoted, then the user service itself refuses the token they still hold (401 UNAUTHENTICATED)', async () => {
    const c = await customer();
    expect((await h.request({ url: '/api/v1/users/profile', token: c.token })).status).toBe(200);
    await patch(c.id, { isActive: false });
    await expect
      .poll(async () => (await h.request({ url: '/api/v1/users/profile', token: c.token })).body['code'], { timeout: EVENT_WAIT_MS })
      .toBe('UNAUTHENTICATED');

    // Promoted, then signed in again: the new token is accepted (the change's answer waited for its second to end).
    const input = newCustomer();
    const registered = await h.request({ method: 'POST', url: '/api/v1/auth/register', payload: input });
    const id = (registered.body['user'] as { id: string }).id;
    await patch(id, { role: 'admin' });
    const login = await h.request({ method: 'POST', url: '/api/v1/auth/login', payload: { email: input.email, password: input.password } });
    const asAdmin = login.body['accessToken'] as string;
    expect((await h.request({ url: '/api/v1/users', token: asAdmin })).status).toBe(200);
    await patch(id, { role: 'customer' });
    await expect.poll(async () => (await h.request({ url: '/api/v1/users', token: asAdmin })).status, { timeout: EVENT_WAIT_MS }).toBe(401);
    // Its refresh token still works, with the new role.
    const refreshed = await h.request({
      method: 'POST',
      url: '/api/v1/auth/refresh',
      payload: { refreshToken: login.body['refreshToken'] },
    });
    expect(refreshed.body['user']).toMatchObject({ role: 'customer' });
    expect((await h.request({ url: '/api/v1/users', token: refreshed.body['accessToken'] as string })).status).toBe(403);
  });
});
