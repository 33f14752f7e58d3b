import { createHttpApp, type HttpApp } from '@shop/http/app';
import { silentLogger } from '@shop/logging/logger';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// inject() connects from 127.0.0.1, which a service trusts by default (the gateway's address).
async function appTrusting(trustedProxies?: string[]): Promise<HttpApp> {
  const app = await createHttpApp({
    service: 'test',
    logger: silentLogger(),
    rateLimit: false,
    ...(trustedProxies ? { trustedProxies } : {}),
  });
  app.get('/who', async (request) => ({ address: request.clientAddress }));
  await app.ready();
  return app;
}

describe("the kit's client address", () => {
  let service: HttpApp;
  let edge: HttpApp;
  beforeAll(async () => {
    service = await appTrusting();
    edge = await appTrusting([]);
  });
  afterAll(async () => {
    await service.close();
    await edge.close();
  });

  const who = async (app: HttpApp, forwardedFor: string) =>
    (await app.inject({ url: '/who', headers: { 'x-forwarded-for': forwardedFor } })).json<{ address: string }>().address;

  it('when the gateway on loopback forwards an address, then the service takes it', async () => {
    expect(await who(service, '203.0.113.7')).toBe('203.0.113.7');
  });

  it('when nobody is trusted, then X-Forwarded-For is ignored', async () => {
    expect(await who(edge, '203.0.113.7')).toBe('127.0.0.1');
  });

  it('when a trusted hop forwards something that is not an address, then the socket address is used instead', async () => {
    expect(await who(service, 'f'.repeat(70))).toBe('127.0.0.1');
    expect(await who(service, '<script>')).toBe('127.0.0.1');
  });
});
