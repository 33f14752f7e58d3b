import { randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Mailbox } from './mailbox.js';
import { listPage, viewPage } from './web-pages.js';

const pageCsp = (nonce: string) =>
  [
    "default-src 'none'",
    `script-src 'nonce-${nonce}'`,
    `style-src 'nonce-${nonce}'`,
    "connect-src 'self'",
    "frame-src 'self'",
    "form-action 'self'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
  ].join('; ');

// The message's HTML runs in an opaque origin with no script even when opened directly (the CSP
// `sandbox` directive), not only inside the page's `sandbox=""` iframe.
const MESSAGE_HTML_CSP = [
  'sandbox',
  "default-src 'none'",
  'img-src * data:',
  "style-src * 'unsafe-inline'",
  'font-src * data:',
  "frame-ancestors 'self'",
].join('; ');

function html(reply: FastifyReply, render: (nonce: string) => string) {
  const nonce = randomBytes(16).toString('base64');
  return reply
    .header('content-security-policy', pageCsp(nonce))
    .header('x-content-type-options', 'nosniff')
    .header('referrer-policy', 'no-referrer')
    .header('cache-control', 'no-store')
    .type('text/html; charset=utf-8')
    .send(render(nonce));
}

// The forms post without a token: refuse what a browser marks as coming from another site.
const crossSite = (request: FastifyRequest) => request.headers['sec-fetch-site'] === 'cross-site';

/** The human page: a list at `/`, one message at `/view/:id`, its HTML part at `/view/:id/html`. */
export function webRoutes(app: FastifyInstance, mailbox: Mailbox, smtpUrl: () => string): void {
  app.get('/', async (_request, reply) => html(reply, (nonce) => listPage(mailbox.list(), smtpUrl(), nonce)));

  app.get<{ Params: { id: string } }>('/view/:id', async (request, reply) => {
    const entry = mailbox.get(request.params.id);
    if (!entry) return reply.code(404).type('text/plain').send('Message not found');
    entry.read = true;
    return html(reply, (nonce) => viewPage(entry, nonce));
  });

  app.get<{ Params: { id: string } }>('/view/:id/html', async (request, reply) => {
    const entry = mailbox.get(request.params.id);
    if (!entry) return reply.code(404).type('text/plain').send('Message not found');
    return reply
      .header('content-security-policy', MESSAGE_HTML_CSP)
      .header('x-content-type-options', 'nosniff')
      .header('referrer-policy', 'no-referrer')
      .type('text/html; charset=utf-8')
      .send(entry.message.HTML);
  });

  app.post<{ Params: { id: string } }>('/view/:id/delete', async (request, reply) => {
    if (crossSite(request)) return reply.code(403).type('text/plain').send('Forbidden');
    await mailbox.remove([request.params.id]);
    return reply.redirect('/', 303);
  });

  app.post('/delete-all', async (request, reply) => {
    if (crossSite(request)) return reply.code(403).type('text/plain').send('Forbidden');
    await mailbox.remove();
    return reply.redirect('/', 303);
  });
}
