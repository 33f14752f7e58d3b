import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, EVENT_WAIT_MS, assertNoHashes, newCustomer, startHarness, type Harness } from './harness.js';

describe('user service: profiles and administration', () => {
  let h: Harness;
  let adminToken: string;
  const passwords: string[] = [ADMIN.password];

  beforeAll(async () => {
    h = await startHarness();
    const login = await h.request({ method: 'POST', url: '/api/v1/auth/login', payload: ADMIN });
    adminToken = login.body['accessToken'] as string;
  });
  afterAll(async () => {
    assertNoHashes(h.bodies);
    expect(h.logs.some((line) => line.includes('request completed'))).toBe(true);
    for (const line of h.logs) for (const p of passwords) expect(line).not.toContain(p);
    await h.close();
  });

  async function customer(overrides: Record<string, unknown> = {}) {
    const input = newCustomer(overrides);
    passwords.push(input.password as string);
    const res = await h.request({ method: 'POST', url: '/api/v1/auth/register', payload: input });
    return {
      input,
      user: res.body['user'] as { id: string; email: string },
      token: res.body['accessToken'] as string,
      refresh: res.body['refreshToken'] as string,
    };
  }

  it('when the initial admin signs in, then their role is admin', async () => {
    const res = await h.request({ url: '/api/v1/users/profile', token: adminToken });
    expect(res.body).toMatchObject({ email: ADMIN.email, role: 'admin' });
  });

  it('when a customer updates the profile, then the change is returned and kept; unknown fields are 400', async () => {
    const c = await customer();
    const updated = await h.request({
      method: 'PUT',
      url: '/api/v1/users/profile',
      token: c.token,
      payload: { firstName: 'Grace', phone: '+44 20 7946 0000' },
    });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ firstName: 'Grace', lastName: 'Lovelace', phone: '+44 20 7946 0000' });
    expect((await h.request({ url: '/api/v1/users/profile', token: c.token })).body['firstName']).toBe('Grace');
    const bad = await h.request({ method: 'PUT', url: '/api/v1/users/profile', token: c.token, payload: { role: 'admin' } });
    expect(bad.status).toBe(400);
    expect((await h.request({ url: '/api/v1/users/profile', token: c.token })).body['role']).toBe('customer');
    expect((await h.request({ url: '/api/v1/users/profile' })).status).toBe(401);
  });

  it('when the password is changed, then the old password and every refresh token stop working', async () => {
    const c = await customer();
    const wrong = await h.request({
      method: 'POST',
      url: '/api/v1/users/change-password',
      token: c.token,
      payload: { currentPassword: 'not-it-at-all', newPassword: 'new-password-1' },
    });
    expect(wrong.status).toBe(401);
    passwords.push('new-password-1');
    const ok = await h.request({
      method: 'POST',
      url: '/api/v1/users/change-password',
      token: c.token,
      payload: { currentPassword: c.input.password, newPassword: 'new-password-1' },
    });
    expect(ok.status).toBe(204);
    expect((await h.request({ method: 'POST', url: '/api/v1/auth/refresh', payload: { refreshToken: c.refresh } })).status).toBe(401);
    expect(
      (await h.request({ method: 'POST', url: '/api/v1/auth/login', payload: { email: c.input.email, password: c.input.password } }))
        .status,
    ).toBe(401);
    expect(
      (await h.request({ method: 'POST', url: '/api/v1/auth/login', payload: { email: c.input.email, password: 'new-password-1' } }))
        .status,
    ).toBe(200);
    const tooShort = await h.request({
      method: 'POST',
      url: '/api/v1/users/change-password',
      token: c.token,
      payload: { currentPassword: 'new-password-1', newPassword: 'short' },
    });
    expect(tooShort.status).toBe(400);
  });

  it('when an admin lists users, then search, role filter and paging work; a customer gets 403; limit over 100 is 400', async () => {
    const marker = `zz${Date.now()}`;
    for (let i = 0; i < 3; i++) await customer({ lastName: `${marker}x${i}` });
    const page1 = await h.request({ url: `/api/v1/users?q=${marker}&limit=2&page=1`, token: adminToken });
    expect(page1.status).toBe(200);
    expect(page1.body).toMatchObject({ page: 1, limit: 2, total: 3 });
    expect(page1.body['data']).toHaveLength(2);
    const page2 = await h.request({ url: `/api/v1/users?q=${marker}&limit=2&page=2`, token: adminToken });
    expect(page2.body['data']).toHaveLength(1);
    const admins = await h.request({ url: '/api/v1/users?role=admin', token: adminToken });
    expect((admins.body['data'] as { email: string }[]).map((u) => u.email)).toEqual([ADMIN.email]);
    const c = await customer();
    expect((await h.request({ url: '/api/v1/users', token: c.token })).status).toBe(403);
    const tooMany = await h.request({ url: '/api/v1/users?limit=101', token: adminToken });
    expect(tooMany.status).toBe(400);
    expect((await h.request({ url: '/api/v1/users?q=%25', token: adminToken })).body['total']).toBe(0);
  });

  it('when an admin reads a user, then it is returned; an unknown id is 404; a customer reading another user is 403', async () => {
    const a = await customer();
    const b = await customer();
    expect((await h.request({ url: `/api/v1/users/${a.user.id}`, token: adminToken })).body['email']).toBe(a.user.email);
    expect((await h.request({ url: '/api/v1/users/00000000-0000-4000-8000-000000000000', token: adminToken })).status).toBe(404);
    expect((await h.request({ url: `/api/v1/users/${a.user.id}`, token: b.token })).status).toBe(403);
  });

  it('when an admin deactivates a customer, then login is 403, refresh fails and validate is 401; reactivating restores login', async () => {
    const c = await customer();
    const off = await h.request({ method: 'PATCH', url: `/api/v1/users/${c.user.id}`, token: adminToken, payload: { isActive: false } });
    expect(off.status).toBe(200);
    expect(off.body['isActive']).toBe(false);
    const login = await h.request({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: c.input.email, password: c.input.password },
    });
    expect(login.status).toBe(403);
    // Deactivating ended every session: the refresh token is no longer one (401), not merely refused.
    const refresh = await h.request({ method: 'POST', url: '/api/v1/auth/refresh', payload: { refreshToken: c.refresh } });
    expect(refresh.status).toBe(401);
    expect(refresh.body['code']).toBe('UNAUTHENTICATED');
    expect((await h.request({ method: 'POST', url: '/api/v1/auth/validate', payload: { token: c.token } })).status).toBe(401);
    await h.request({ method: 'PATCH', url: `/api/v1/users/${c.user.id}`, token: adminToken, payload: { isActive: true } });
    expect(
      (await h.request({ method: 'POST', url: '/api/v1/auth/login', payload: { email: c.input.email, password: c.input.password } }))
        .status,
    ).toBe(200);
  });

  it('when an admin promotes a customer, then their next token carries the admin role; the last admin cannot be demoted', async () => {
    const c = await customer();
    const promoted = await h.request({ method: 'PATCH', url: `/api/v1/users/${c.user.id}`, token: adminToken, payload: { role: 'admin' } });
    expect(promoted.body['role']).toBe('admin');
    const login = await h.request({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: c.input.email, password: c.input.password },
    });
    const asAdmin = await h.request({ url: '/api/v1/users', token: login.body['accessToken'] as string });
    expect(asAdmin.status).toBe(200);
    await h.request({ method: 'PATCH', url: `/api/v1/users/${c.user.id}`, token: adminToken, payload: { role: 'customer' } });
    const me = (await h.request({ url: '/api/v1/users/profile', token: adminToken })).body as { id: string };
    const demoteSelf = await h.request({
      method: 'PATCH',
      url: `/api/v1/users/${me.id}`,
      token: adminToken,
      payload: { role: 'customer' },
    });
    expect(demoteSelf.status).toBe(409);
    expect(
      (await h.request({ method: 'PATCH', url: `/api/v1/users/${c.user.id}`, token: adminToken, payload: { role: 'service' } })).status,
    ).toBe(400);
  });

  it('when a customer registers, then user.registered is published with id, email and first name', async () => {
    const seen: Record<string, unknown>[] = [];
    const sub = await h.bus.subscribe({
      // A group of its own reads user-events from the start (on Kafka, every earlier run's events too): the user id picks this one.
      groupId: `user-events-test-${crypto.randomUUID()}`,
      topics: ['user-events'],
      handler: async (m) => void seen.push(JSON.parse(m.value)),
    });
    const c = await customer({ firstName: 'Katherine' });
    await expect
      .poll(() => seen.find((e) => (e['data'] as { userId: string }).userId === c.user.id), { timeout: EVENT_WAIT_MS })
      .toMatchObject({
        type: 'user.registered',
        source: 'user',
        subject: c.user.id,
        version: 1,
        data: { userId: c.user.id, email: c.user.email, firstName: 'Katherine' },
      });
    await sub.close();
  });
});
