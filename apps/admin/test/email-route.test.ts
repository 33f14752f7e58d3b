import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cookieJar, tokenWith } from '@shop/next-host/testing';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

const state = vi.hoisted(() => ({ token: '' }));
vi.mock('next/headers', () => ({ cookies: async () => cookieJar({ adm_access: state.token }), headers: async () => new Headers() }));

const { GET } = await import('../src/app/emails/[id]/route.js');

const exp = Math.floor(Date.now() / 1000) + 900;
const EMAIL = '<body style="margin:0"><h1 style="font-size:20px">Order ORD-1 confirmed</h1></body>';

let gateway: Server;
beforeAll(async () => {
  gateway = createServer((request, response) => {
    const found = request.url === '/api/v1/notifications/n-1';
    response.writeHead(found ? 200 : 404, { 'content-type': 'application/json' });
    response.end(JSON.stringify(found ? { id: 'n-1', bodyHtml: EMAIL } : { status: 404, code: 'NOT_FOUND' }));
  });
  await new Promise<void>((resolve) => gateway.listen(0, '127.0.0.1', resolve));
  process.env['GATEWAY_URL'] = `http://127.0.0.1:${(gateway.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => gateway.close(() => resolve())));

const open = (id: string) => GET(new Request(`http://localhost:3100/emails/${id}`), { params: Promise.resolve({ id }) });

describe('a sent email, as the notification page frames it', () => {
  it('when an admin opens it, then it is styled by its own attributes, runs nothing, and only this app may frame it', async () => {
    state.token = tokenWith({ sub: 'admin-1', email: 'admin@shop.test', role: 'admin', exp });
    const response = await open('n-1');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(EMAIL);
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain("style-src 'unsafe-inline'");
    expect(policy).toContain("frame-ancestors 'self'");
    expect(policy).toMatch(/(^|; )sandbox($|;)/);
    expect(policy).not.toContain('script-src');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('when a customer asks for it, then there is nothing to see', async () => {
    state.token = tokenWith({ sub: 'c-1', email: 'grace@example.com', role: 'customer', exp });
    expect((await open('n-1')).status).toBe(404);
  });

  it('when the notification does not exist, then the answer is a 404', async () => {
    state.token = tokenWith({ sub: 'admin-1', email: 'admin@shop.test', role: 'admin', exp });
    expect((await open('n-2')).status).toBe(404);
  });
});
