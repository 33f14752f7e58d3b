import type { Address, Message, MessageSummary, MessagesSummary } from './mailpit-types.js';

export type { Address, Attachment, Message, MessageSummary } from './mailpit-types.js';

export interface WaitOptions {
  /** 10 000 unless given. */
  timeoutMs?: number;
  /** How often to ask, 100 ms unless given. */
  intervalMs?: number;
}

export interface MailpitClient {
  /** The newest messages first (up to `limit`, 50 unless given). */
  list(limit?: number): Promise<MessageSummary[]>;
  get(id: string): Promise<Message>;
  deleteAll(): Promise<void>;
  /** Polls until a message matches, then returns it in full; rejects after the timeout. */
  waitFor(predicate: (m: MessageSummary) => boolean, options?: WaitOptions): Promise<Message>;
}

// Mailpit (Go) writes `null` for an empty address list; the embedded catcher writes `[]`.
const list = (value: Address[] | null | undefined): Address[] => value ?? [];
const normalizeSummary = (m: MessageSummary): MessageSummary => ({
  ...m,
  To: list(m.To),
  Cc: list(m.Cc),
  Bcc: list(m.Bcc),
  ReplyTo: list(m.ReplyTo),
  Tags: m.Tags ?? [],
});
const normalizeMessage = (m: Message): Message => ({
  ...m,
  ...normalizeSummary(m as unknown as MessageSummary),
  Inline: m.Inline ?? [],
  Attachments: m.Attachments ?? [],
});

/**
 * A client for the part of Mailpit's API v1 that tests need. It works against a real Mailpit and
 * against the embedded catcher (`startMailCatcher`), e.g. `mailpitClient(process.env.SMTP_CATCHER_API)`.
 */
export function mailpitClient(baseUrl: string): MailpitClient {
  const base = baseUrl.replace(/\/+$/, '');

  async function call(method: string, path: string, body?: unknown): Promise<Response> {
    const res = await fetch(`${base}${path}`, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? null : JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`${method} ${base}${path} answered ${res.status}: ${(await res.text()).slice(0, 200)}`);
    return res;
  }

  const client: MailpitClient = {
    async list(limit = 50) {
      const box = (await (await call('GET', `/api/v1/messages?limit=${limit}`)).json()) as MessagesSummary;
      return (box.messages ?? []).map(normalizeSummary);
    },
    async get(id) {
      return normalizeMessage((await (await call('GET', `/api/v1/message/${encodeURIComponent(id)}`)).json()) as Message);
    },
    async deleteAll() {
      await (await call('DELETE', '/api/v1/messages')).text();
    },
    async waitFor(predicate, { timeoutMs = 10_000, intervalMs = 100 } = {}) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const match = (await client.list()).find(predicate);
        if (match) return client.get(match.ID);
        if (Date.now() >= deadline) throw new Error(`No message at ${base} matched within ${timeoutMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, intervalMs));
      }
    },
  };
  return client;
}
