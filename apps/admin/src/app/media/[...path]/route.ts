import { gatewayUrl } from '@/lib/api';

const ALLOWED = /^api\/v1\/products\/[A-Za-z0-9_-]+\/image\.svg$/;

/** Product pictures drawn by the catalog, fetched from the gateway on the server side. */
export async function GET(_request: Request, { params }: { params: Promise<{ path: string[] }> }) {
  const path = (await params).path.join('/');
  if (!ALLOWED.test(path)) return new Response('Not found', { status: 404 });
  const upstream = await fetch(`${gatewayUrl()}/${path}`).catch(() => null);
  if (!upstream?.ok) return new Response('Not found', { status: 404 });
  return new Response(upstream.body, {
    headers: {
      'content-type': upstream.headers.get('content-type') ?? 'image/svg+xml',
      'cache-control': 'private, max-age=300',
      'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'",
    },
  });
}
