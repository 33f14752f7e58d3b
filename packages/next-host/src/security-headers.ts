import { NextResponse, type NextRequest } from 'next/server.js';

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/i;

/**
 * Whether the browser reached this app on a loopback origin (http://localhost, 127.0.0.1, [::1]):
 * the host it named, as an ingress forwarded it (`x-forwarded-host`) or as it sent it (`host`).
 * Anything else is taken to be served over TLS, so cookies are `Secure` and subresources upgraded;
 * a proxy that forwards neither name fails towards the strict side.
 */
export function isLoopbackOrigin(headers: Pick<Headers, 'get'>): boolean {
  const host = (headers.get('x-forwarded-host') ?? headers.get('host') ?? '').split(',')[0]!.trim();
  const name = host.startsWith('[') ? host.slice(0, host.indexOf(']') + 1) : host.replace(/:\d+$/, '');
  return LOOPBACK.test(name);
}

export interface PolicyOptions {
  /** Fresh for every response: Next.js puts it on the inline scripts it writes into the page. */
  nonce: string;
  /** `next dev`: React's development build evaluates strings for its call stacks, and Next styles its overlay inline. */
  dev: boolean;
  /** Off on loopback, where there is no https to upgrade to. */
  upgradeInsecureRequests: boolean;
}

/**
 * The page's Content-Security-Policy. Scripts run only with the nonce ('strict-dynamic' lets
 * Next's own loader add its chunks); in production, styles only from this origin's stylesheets
 * or with the nonce, so an inline `style=` attribute is refused (the apps use classes); nothing
 * frames the page.
 */
export function contentSecurityPolicy(options: PolicyOptions): string {
  const nonce = `'nonce-${options.nonce}'`;
  return [
    "default-src 'self'",
    `script-src 'self' ${nonce} 'strict-dynamic'${options.dev ? " 'unsafe-eval'" : ''}`,
    // `next dev` styles its overlay and indicator inline, without the nonce (and a nonce would
    // switch 'unsafe-inline' off); a production page is styled by its stylesheets alone.
    options.dev ? "style-src 'self' 'unsafe-inline'" : `style-src 'self' ${nonce}`,
    // A product's picture may be any https address the catalog was given (the admin shows it as is).
    "img-src 'self' data: blob: https:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(options.upgradeInsecureRequests ? ['upgrade-insecure-requests'] : []),
  ].join('; ');
}

/** The headers every page answer carries besides its policy. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  'referrer-policy': 'strict-origin-when-cross-origin',
  'x-content-type-options': 'nosniff',
  // For browsers older than `frame-ancestors`.
  'x-frame-options': 'DENY',
});

const newNonce = () => Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64');

/**
 * Runs an app's proxy under a fresh Content-Security-Policy and the headers above. The policy is
 * also set on the request, where Next.js reads the nonce for the scripts of the page it renders:
 * so a proxy that lets the request through must pass it on with `onward(request)` (or another
 * `NextResponse.next({ request: { headers: request.headers } })`), never a bare `NextResponse.next()`.
 */
export async function withSecurityHeaders(
  request: NextRequest,
  handle: (request: NextRequest) => NextResponse | Promise<NextResponse>,
): Promise<NextResponse> {
  const policy = contentSecurityPolicy({
    nonce: newNonce(),
    // Next's own mode (`next dev` sets it), not a setting an operator chooses.
    dev: process.env['NODE_ENV'] === 'development',
    upgradeInsecureRequests: !isLoopbackOrigin(request.headers),
  });
  request.headers.set('content-security-policy', policy);
  const response = await handle(request);
  response.headers.set('content-security-policy', policy);
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.headers.set(name, value);
  return response;
}

/** Lets the request through to the page with the headers the proxy set on it (the nonce, cookies). */
export function onward(request: NextRequest): NextResponse {
  return NextResponse.next({ request: { headers: request.headers } });
}
