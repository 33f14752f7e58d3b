import type { IncomingMessage } from 'node:http';
import { verifyClientAddress } from '@shop/auth/client-address';
import { describe, expect, it } from 'vitest';
import { browserAddressVoucher } from '../src/serve.js';

const SECRET = 'the-key-the-web-apps-sign-addresses-with';

function incoming(remoteAddress: string, headers: Record<string, string> = {}): IncomingMessage {
  return { headers: { ...headers }, socket: { remoteAddress } } as unknown as IncomingMessage;
}

describe("a web app's server vouching for the browser's address", () => {
  it('when a browser sends a vouching header of its own, then it is replaced by one for the socket it came from', () => {
    const req = incoming('198.51.100.23', {
      'x-shop-client-address': `203.0.113.1; t=1; v1=${'0'.repeat(64)}`,
      'x-forwarded-for': '203.0.113.1',
    });
    browserAddressVoucher({ CLIENT_ADDRESS_SECRET: SECRET })(req);
    expect(verifyClientAddress(req.headers['x-shop-client-address'] as string, SECRET)).toBe('198.51.100.23');
  });

  it('when an ingress in front is trusted, then the address it forwarded is vouched for', () => {
    const req = incoming('10.0.0.5', { 'x-forwarded-for': '203.0.113.1, 192.0.2.44' });
    browserAddressVoucher({ CLIENT_ADDRESS_SECRET: SECRET, TRUSTED_PROXIES: '10.0.0.0/8' })(req);
    expect(verifyClientAddress(req.headers['x-shop-client-address'] as string, SECRET)).toBe('192.0.2.44');
  });

  it('when the app has no key, then it vouches for nobody and drops what the browser sent', () => {
    const req = incoming('198.51.100.23', { 'x-shop-client-address': 'anything' });
    browserAddressVoucher({})(req);
    expect(req.headers['x-shop-client-address']).toBeUndefined();
  });
});
