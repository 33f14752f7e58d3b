import { isApiError } from '@shop/api-client/errors';
import { SECURITY_HEADERS } from '@shop/next-host/security-headers';
import { api } from '../../../lib/api';
import { getStaff } from '../../../lib/session';

/**
 * The email's own policy, not the pages' (this route is outside the proxy): an email is styled by
 * attributes, because mail clients drop stylesheets, so it needs the inline styles every page of
 * this app refuses. It runs nothing, opens as a sandbox even on its own, and only this app frames it.
 */
const EMAIL_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src https: data:; frame-ancestors 'self'; sandbox";

/** A sent email's HTML, for the sandboxed frame on its notification page; staff only. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  if (!(await getStaff())) return new Response('Not found', { status: 404 });
  try {
    const notification = await (await api()).getNotification((await params).id);
    return new Response(notification.bodyHtml ?? '', {
      headers: {
        ...SECURITY_HEADERS,
        'content-type': 'text/html; charset=utf-8',
        'content-security-policy': EMAIL_POLICY,
        'x-frame-options': 'SAMEORIGIN',
        'cache-control': 'private, no-store',
      },
    });
  } catch (error) {
    return new Response('Not found', { status: isApiError(error) && error.status === 404 ? 404 : 502 });
  }
}
