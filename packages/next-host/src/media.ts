import { vouchedAddress } from './gateway.js';

const ALLOWED = /^api\/v1\/products\/[A-Za-z0-9_-]+\/image\.svg$/;

/**
 * The route handler behind an app's `/media/[...path]`: product pictures drawn by the catalog,
 * fetched from the gateway on the server side (the browser only ever talks to its app). Only the
 * picture paths pass; the SVG is served with a policy that runs nothing.
 */
export function mediaRoute(options: { gatewayUrl: () => string; cacheControl: string }) {
  return async function GET(request: Request, { params }: { params: Promise<{ path: string[] }> }): Promise<Response> {
    const path = (await params).path.join('/');
    if (!ALLOWED.test(path)) return new Response('Not found', { status: 404 });
    const upstream = await fetch(`${options.gatewayUrl()}/${path}`, { headers: vouchedAddress(request.headers) }).catch(() => null);
    if (!upstream?.ok) return new Response('Not found', { status: 404 });
    return new Response(upstream.body, {
      headers: {
        'content-type': upstream.headers.get('content-type') ?? 'image/svg+xml',
        'cache-control': options.cacheControl,
        'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'",
        'x-content-type-options': 'nosniff',
      },
    });
  };
}
