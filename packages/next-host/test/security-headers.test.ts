import { NextRequest, NextResponse } from 'next/server.js';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, isLoopbackOrigin, onward, withSecurityHeaders } from '../src/security-headers.js';

const directive = (policy: string, name: string) =>
  policy
    .split(';')
    .map((d) => d.trim())
    .find((d) => d.split(' ')[0] === name);

const page = (url: string, headers: Record<string, string> = {}) => new NextRequest(url, { headers });

describe('the Content-Security-Policy of a page', () => {
  const policy = contentSecurityPolicy({ nonce: 'abc123', dev: false, upgradeInsecureRequests: true });

  it('when a page is answered, then only scripts with its nonce run, and nothing may frame it', () => {
    expect(directive(policy, 'script-src')).toBe("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(directive(policy, 'frame-ancestors')).toBe("frame-ancestors 'none'");
    expect(directive(policy, 'object-src')).toBe("object-src 'none'");
    expect(policy).not.toContain("'unsafe-inline'");
    expect(policy).not.toContain("'unsafe-eval'");
  });

  it('when the app runs under `next dev`, then eval is allowed for React and inline styles for the overlay, and still no inline script', () => {
    const dev = contentSecurityPolicy({ nonce: 'abc123', dev: true, upgradeInsecureRequests: false });
    expect(directive(dev, 'script-src')).toBe("script-src 'self' 'nonce-abc123' 'strict-dynamic' 'unsafe-eval'");
    expect(directive(dev, 'style-src')).toBe("style-src 'self' 'unsafe-inline'");
  });

  it('when the app runs in production, then styles come from its stylesheets or carry the nonce', () => {
    expect(directive(policy, 'style-src')).toBe("style-src 'self' 'nonce-abc123'");
  });

  it('when the origin is loopback, then nothing is upgraded to https; elsewhere it is', () => {
    expect(directive(policy, 'upgrade-insecure-requests')).toBeDefined();
    expect(
      directive(contentSecurityPolicy({ nonce: 'n', dev: false, upgradeInsecureRequests: false }), 'upgrade-insecure-requests'),
    ).toBeUndefined();
  });
});

describe('which origins are loopback (cookies without Secure, no upgrade)', () => {
  it.each([
    ['localhost:3000', true],
    ['127.0.0.1:3100', true],
    ['127.0.0.1', true],
    ['[::1]:3000', true],
    ['shop.example.com', false],
    ['localhost.example.com', false],
    ['127.0.0.1.nip.io:3000', false],
    ['10.0.0.5:3000', false],
  ])('when the browser asked for %s, then loopback is %s', (host, loopback) => {
    expect(isLoopbackOrigin(new Headers({ host }))).toBe(loopback);
  });

  it('when an ingress forwards the name the browser used, then that name decides, not the hop to the app', () => {
    expect(isLoopbackOrigin(new Headers({ host: '127.0.0.1:3000', 'x-forwarded-host': 'shop.example.com' }))).toBe(false);
  });

  it('when no host is named at all, then the origin is not taken for loopback', () => {
    expect(isLoopbackOrigin(new Headers())).toBe(false);
  });
});

describe("an app's proxy under the security headers", () => {
  it('when a page is let through, then the page renders with the policy (Next reads the nonce there) and the browser gets it with the other headers', async () => {
    let seen = '';
    const response = await withSecurityHeaders(page('http://localhost:3000/', { host: 'localhost:3000' }), (request) => {
      seen = request.headers.get('content-security-policy') ?? '';
      return onward(request);
    });
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/]+={0,2}' 'strict-dynamic'/);
    expect(seen).toBe(policy);
    expect(response.headers.get('x-middleware-request-content-security-policy')).toBe(policy);
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(directive(policy, 'upgrade-insecure-requests')).toBeUndefined();
  });

  it('when two pages are answered, then each gets a nonce of its own', async () => {
    const nonceOf = async () =>
      /'nonce-([^']+)'/.exec(
        (await withSecurityHeaders(page('http://localhost:3000/'), onward)).headers.get('content-security-policy')!,
      )?.[1];
    const [first, second] = [await nonceOf(), await nonceOf()];
    expect(first).toHaveLength(24);
    expect(first).not.toBe(second);
  });

  it('when the proxy redirects, then the answer still carries the headers', async () => {
    const response = await withSecurityHeaders(page('https://admin.example.com/orders', { host: 'admin.example.com' }), () =>
      NextResponse.redirect('https://admin.example.com/login'),
    );
    expect(directive(response.headers.get('content-security-policy')!, 'frame-ancestors')).toBe("frame-ancestors 'none'");
    expect(directive(response.headers.get('content-security-policy')!, 'upgrade-insecure-requests')).toBeDefined();
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });
});
