import { createHash } from 'node:crypto';
import { simpleParser, type AddressObject, type Attachment as ParsedAttachment, type EmailAddress } from 'mailparser';
import type { Address, Attachment, Message } from './mailpit-types.js';

/** What the SMTP session knew about a message besides its bytes. */
export interface Envelope {
  mailFrom: string;
  rcptTo: string[];
  /** The SMTP AUTH user name, if the client logged in. */
  username?: string;
}

const SNIPPET_LENGTH = 250;

function flatten(list: EmailAddress[]): Address[] {
  return list.flatMap((a) => (a.group ? flatten(a.group) : [{ Name: a.name ?? '', Address: a.address ?? '' }]));
}

function addresses(header: AddressObject | AddressObject[] | undefined): Address[] {
  if (!header) return [];
  return (Array.isArray(header) ? header : [header]).flatMap((h) => flatten(h.value));
}

function attachment(a: ParsedAttachment, index: number): Attachment {
  const digest = (algorithm: string) => createHash(algorithm).update(a.content).digest('hex');
  return {
    PartID: a.partId ?? String(index + 1),
    FileName: a.filename ?? '',
    ContentType: a.contentType,
    ContentID: a.cid ?? '',
    Size: a.size,
    Checksums: { MD5: digest('md5'), SHA1: digest('sha1'), SHA256: digest('sha256') },
  };
}

const ENTITIES: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'" };

/** Like Mailpit: the visible words of the HTML part if there is one, else of the text, cut to 250 characters. */
export function snippetOf(text: string, html: string): string {
  const words = html
    ? html
        .replace(/<(head|style|script|title)\b[\s\S]*?<\/\1\s*>/gi, ' ')
        // Block elements separate words; inline ones (<b>, <a>, <span>) do not.
        .replace(/<\/?(p|div|br|hr|li|ul|ol|tr|td|th|table|h[1-6]|blockquote|section|article|header|footer|pre)\b[^>]*>/gi, ' ')
        .replace(/<[^>]*>/g, '')
        .replace(/&(nbsp|amp|lt|gt|quot|#39|apos);/g, (_, name: string) => ENTITIES[name]!)
    : text;
  const flat = words.replace(/\s+/g, ' ').trim();
  return flat.length > SNIPPET_LENGTH ? `${flat.slice(0, SNIPPET_LENGTH)}...` : flat;
}

/** Parses the raw bytes of a message into the shape `GET /api/v1/message/:id` returns. */
export async function parseMessage(raw: Buffer, envelope: Envelope, id: string, received: Date): Promise<Message> {
  const parsed = await simpleParser(raw);
  const to = addresses(parsed.to);
  const cc = addresses(parsed.cc);
  // Like Mailpit: recipients of the envelope that no header names were blind copies.
  const named = new Set([...to, ...cc].map((a) => a.Address.toLowerCase()));
  const bcc = [
    ...addresses(parsed.bcc),
    ...envelope.rcptTo.filter((r) => !named.has(r.toLowerCase())).map((r) => ({ Name: '', Address: r })),
  ];
  const returnPath = addresses(parsed.headers.get('return-path') as AddressObject | undefined)[0]?.Address ?? envelope.mailFrom;
  const all = parsed.attachments.map(attachment);
  const isInline = (a: ParsedAttachment) => a.related === true || (a.contentDisposition === 'inline' && !!a.cid);
  return {
    ID: id,
    MessageID: (parsed.messageId ?? '').replace(/^<|>$/g, ''),
    From: addresses(parsed.from)[0] ?? { Name: '', Address: '' },
    To: to,
    Cc: cc,
    Bcc: bcc,
    ReplyTo: addresses(parsed.replyTo),
    ReturnPath: returnPath,
    Subject: parsed.subject ?? '',
    Date: (parsed.date ?? received).toISOString(),
    Tags: [],
    Username: envelope.username ?? '',
    Text: parsed.text ?? '',
    HTML: typeof parsed.html === 'string' ? parsed.html : '',
    Size: raw.length,
    Inline: all.filter((_, i) => isInline(parsed.attachments[i]!)),
    Attachments: all.filter((_, i) => !isInline(parsed.attachments[i]!)),
  };
}
