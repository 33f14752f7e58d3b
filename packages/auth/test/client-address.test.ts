import { describe, expect, it } from 'vitest';
import {
  addressBehindProxies,
  CLIENT_ADDRESS_MAX_AGE_SECONDS,
  proxyMatcher,
  signClientAddress,
  validAddress,
  verifyClientAddress,
} from '../src/client-address.js';

const SECRET = 'a-secret-the-web-apps-and-the-gateway-share';
const NOW = Date.UTC(2026, 11, 4, 12, 0, 0);

describe('a vouched-for client address', () => {
  it('when the gateway checks what a web app signed, then it gets the address back', () => {
    expect(verifyClientAddress(signClientAddress('203.0.113.7', SECRET, NOW), SECRET, NOW)).toBe('203.0.113.7');
    expect(verifyClientAddress(signClientAddress('2001:db8::7', SECRET, NOW), SECRET, NOW + 1000)).toBe('2001:db8::7');
  });

  it('when the address, the time or the key differ from what was signed, then nothing is believed', () => {
    const signed = signClientAddress('203.0.113.7', SECRET, NOW);
    expect(verifyClientAddress(signed.replace('203.0.113.7', '203.0.113.8'), SECRET, NOW)).toBeUndefined();
    expect(
      verifyClientAddress(
        signed.replace(/t=(\d+)/, (_m, t: string) => `t=${Number(t) + 1}`),
        SECRET,
        NOW,
      ),
    ).toBeUndefined();
    expect(verifyClientAddress(signed, 'another-secret-of-enough-length-000', NOW)).toBeUndefined();
  });

  it('when the signature is older or newer than the allowed age, then it is refused', () => {
    const signed = signClientAddress('203.0.113.7', SECRET, NOW);
    const limit = CLIENT_ADDRESS_MAX_AGE_SECONDS * 1000;
    expect(verifyClientAddress(signed, SECRET, NOW + limit)).toBe('203.0.113.7');
    expect(verifyClientAddress(signed, SECRET, NOW + limit + 1000)).toBeUndefined();
    expect(verifyClientAddress(signed, SECRET, NOW - limit - 1000)).toBeUndefined();
  });

  it('when the value is malformed, absurdly long or names no address, then it is refused without throwing', () => {
    for (const value of [undefined, '', 'x', '203.0.113.7', `${'1'.repeat(10_000)}; t=1; v1=${'0'.repeat(64)}`, 'a; t=1; v1=zz']) {
      expect(verifyClientAddress(value, SECRET, NOW)).toBeUndefined();
    }
    expect(verifyClientAddress(signClientAddress('999.1.1.1', SECRET, NOW), SECRET, NOW)).toBeUndefined();
  });
});

describe('the address behind trusted proxies', () => {
  const loopback = proxyMatcher(['127.0.0.1/8', '::1']);

  it('when no proxy is trusted, then the socket peer is the client whatever X-Forwarded-For says', () => {
    expect(addressBehindProxies('198.51.100.1', '203.0.113.7', proxyMatcher([]))).toBe('198.51.100.1');
  });

  it('when the peer is trusted, then the rightmost hop it did not add is the client', () => {
    expect(addressBehindProxies('127.0.0.1', '10.9.9.9, 203.0.113.7', loopback)).toBe('203.0.113.7');
    expect(addressBehindProxies('::ffff:127.0.0.1', '203.0.113.7', loopback)).toBe('203.0.113.7');
    expect(addressBehindProxies('127.0.0.1', '203.0.113.7, 127.0.0.2', loopback)).toBe('203.0.113.7');
  });

  it('when a hop is not an address or the header is absent, then the walk stops at the last good one', () => {
    expect(addressBehindProxies('127.0.0.1', `203.0.113.7, ${'x'.repeat(500)}`, loopback)).toBe('127.0.0.1');
    expect(addressBehindProxies('127.0.0.1', undefined, loopback)).toBe('127.0.0.1');
  });

  it('when CIDR blocks are given, then addresses inside them match and others do not', () => {
    const matches = proxyMatcher(['10.0.0.0/8', '2001:db8::/32', '192.0.2.1']);
    expect(['10.1.2.3', '2001:db8::1', '192.0.2.1'].map(matches)).toEqual([true, true, true]);
    expect(['11.0.0.1', '2001:db9::1', '192.0.2.2', 'nonsense'].map(matches)).toEqual([false, false, false, false]);
  });

  it('when a value is checked as an address, then only IPv4 and IPv6 addresses pass', () => {
    expect(['203.0.113.7', '::1'].map(validAddress)).toEqual(['203.0.113.7', '::1']);
    expect(['', 'localhost', '1.2.3.4.5', 'a'.repeat(64), undefined].map(validAddress)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});
