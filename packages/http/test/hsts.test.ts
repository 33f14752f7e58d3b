import { describe, expect, it } from 'vitest';
import { createHttpApp } from '@shop/http/app';
import { silentLogger } from '@shop/logging/logger';

describe('strict transport security', () => {
  it('when a request arrives over HTTPS through the trusted proxy, then HSTS is sent; over plain HTTP it is not', async () => {
    const app = await createHttpApp({ service: 't', logger: silentLogger() });
    app.get('/x', async () => ({ ok: true }));
    await app.ready();
    const secure = await app.inject({ url: '/x', headers: { 'x-forwarded-proto': 'https' } });
    expect(secure.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    const plain = await app.inject({ url: '/x' });
    expect(plain.headers['strict-transport-security']).toBeUndefined();
    expect(plain.headers['x-content-type-options']).toBe('nosniff');
    await app.close();
  });
});
