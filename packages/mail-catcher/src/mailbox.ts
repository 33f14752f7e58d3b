import { randomBytes } from 'node:crypto';
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Message, MessageSummary } from './mailpit-types.js';
import { parseMessage, snippetOf, type Envelope } from './parse-message.js';

/** A pino-compatible logger; only these three levels are used. */
export interface CatcherLogger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

export interface Entry {
  message: Message;
  created: Date;
  read: boolean;
  /** The file stem in dataDir, when the mailbox persists. */
  file?: string;
}

export interface Mailbox {
  /** Parses, stores (and persists) one message; the oldest ones go when the mailbox is full. */
  add(raw: Buffer, envelope: Envelope): Promise<Entry>;
  /** Newest first. */
  list(): readonly Entry[];
  get(id: string): Entry | undefined;
  /** Removes the given messages, or all of them when `ids` is undefined. */
  remove(ids?: readonly string[]): Promise<void>;
}

export interface MailboxOptions {
  maxMessages: number;
  dataDir?: string | undefined;
  logger?: CatcherLogger | undefined;
}

// Mailpit's IDs are 22 URL-safe characters; these look the same and are safe as file names.
const newId = () => randomBytes(16).toString('base64url');
const stemOf = (created: Date, id: string) => `${String(created.getTime()).padStart(15, '0')}-${id}`;
const STEM = /^(\d{15})-([\w-]{22})\.eml$/;

export function summarize(entry: Entry): MessageSummary {
  const m = entry.message;
  return {
    ID: m.ID,
    MessageID: m.MessageID,
    Read: entry.read,
    From: m.From,
    To: m.To,
    Cc: m.Cc,
    Bcc: m.Bcc,
    ReplyTo: m.ReplyTo,
    Subject: m.Subject,
    Created: entry.created.toISOString(),
    Tags: m.Tags,
    Username: m.Username,
    Size: m.Size,
    Attachments: m.Attachments.length,
    Snippet: snippetOf(m.Text, m.HTML),
  };
}

/** Opens the mailbox, reloading the newest `maxMessages` messages from `dataDir` when given. */
export async function openMailbox({ maxMessages, dataDir, logger }: MailboxOptions): Promise<Mailbox> {
  let entries: Entry[] = [];

  const unlink = async (entry: Entry) => {
    if (!dataDir || !entry.file) return;
    await Promise.all([rm(join(dataDir, `${entry.file}.eml`), { force: true }), rm(join(dataDir, `${entry.file}.json`), { force: true })]);
  };

  const trim = async () => {
    const dropped = entries.slice(maxMessages);
    entries = entries.slice(0, maxMessages);
    await Promise.all(dropped.map(unlink));
  };

  if (dataDir) {
    await mkdir(dataDir, { recursive: true });
    const names = (await readdir(dataDir)).filter((n) => STEM.test(n)).sort();
    for (const name of names.reverse()) {
      const [, ms, id] = STEM.exec(name)!;
      const file = name.slice(0, -'.eml'.length);
      const created = new Date(Number(ms));
      try {
        const raw = await readFile(join(dataDir, name));
        const envelope = JSON.parse(await readFile(join(dataDir, `${file}.json`), 'utf8').catch(() => '{}')) as Partial<Envelope>;
        const message = await parseMessage(raw, { mailFrom: '', rcptTo: [], ...envelope }, id!, created);
        entries.push({ message, created, read: false, file });
      } catch (error) {
        logger?.warn({ err: error, file: name }, 'mail catcher: skipped a stored message it could not read');
      }
    }
    await trim();
  }

  return {
    async add(raw, envelope) {
      const id = newId();
      const created = new Date();
      const message = await parseMessage(raw, envelope, id, created);
      const entry: Entry = { message, created, read: false };
      if (dataDir) {
        entry.file = stemOf(created, id);
        await writeFile(join(dataDir, `${entry.file}.json`), JSON.stringify(envelope));
        await writeFile(join(dataDir, `${entry.file}.eml`), raw);
      }
      entries.unshift(entry);
      // Parsing takes varying time, so two messages can finish out of order.
      entries.sort((a, b) => b.created.getTime() - a.created.getTime());
      await trim();
      return entry;
    },
    list: () => entries,
    get: (id) => entries.find((e) => e.message.ID === id),
    async remove(ids) {
      const doomed = ids ? entries.filter((e) => ids.includes(e.message.ID)) : entries;
      entries = ids ? entries.filter((e) => !ids.includes(e.message.ID)) : [];
      await Promise.all(doomed.map(unlink));
    },
  };
}
