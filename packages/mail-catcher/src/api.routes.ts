import type { FastifyInstance } from 'fastify';
import { summarize, type Entry, type Mailbox } from './mailbox.js';
import type { MessagesSummary } from './mailpit-types.js';
import { searchPredicate } from './search.js';

interface Paging {
  start?: string;
  limit?: string;
}

const DEFAULT_LIMIT = 50;

function page(mailbox: Mailbox, matching: readonly Entry[], { start, limit }: Paging): MessagesSummary {
  const all = mailbox.list();
  const from = Math.max(0, Number.parseInt(start ?? '', 10) || 0);
  const size = Math.max(1, Number.parseInt(limit ?? '', 10) || DEFAULT_LIMIT);
  const messages = matching.slice(from, from + size).map(summarize);
  return {
    total: all.length,
    unread: all.filter((e) => !e.read).length,
    count: messages.length,
    messages_count: matching.length,
    messages_unread: matching.filter((e) => !e.read).length,
    start: from,
    tags: [],
    messages,
  };
}

/** The subset of Mailpit's API v1 that tests and tools use: list, search, read, mark read, delete. */
export function apiRoutes(app: FastifyInstance, mailbox: Mailbox): void {
  app.get<{ Querystring: Paging }>('/api/v1/messages', async (request) => page(mailbox, mailbox.list(), request.query));

  app.get<{ Querystring: Paging & { query?: string } }>('/api/v1/search', async (request, reply) => {
    const query = (request.query.query ?? '').trim();
    if (!query) return reply.code(400).type('text/plain').send('Error: no search query');
    return page(mailbox, mailbox.list().filter(searchPredicate(query)), request.query);
  });

  app.get<{ Params: { id: string } }>('/api/v1/message/:id', async (request, reply) => {
    const { id } = request.params;
    const entry = id === 'latest' ? mailbox.list()[0] : mailbox.get(id);
    if (!entry) return reply.code(404).type('text/plain').send('Message not found');
    entry.read = true; // as Mailpit does when a message is opened
    return entry.message;
  });

  app.put<{ Body: { Read?: boolean; IDs?: string[] } | undefined }>('/api/v1/messages', async (request, reply) => {
    const { Read = false, IDs } = request.body ?? {};
    const targets = IDs?.length ? IDs.map((id) => mailbox.get(id)) : mailbox.list();
    for (const entry of targets) if (entry) entry.read = Read;
    return reply.type('text/plain').send('ok');
  });

  app.delete<{ Body: { IDs?: string[] } | undefined }>('/api/v1/messages', async (request, reply) => {
    const ids = request.body?.IDs;
    await mailbox.remove(Array.isArray(ids) && ids.length > 0 ? ids : undefined);
    return reply.type('text/plain').send('ok');
  });
}
