import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireEngine } from '@shop/config/engines';
import { startMailCatcher, type MailCatcher } from '../src/catcher.js';
import { mailpitContract } from './mailpit-contract.js';
import { send, uniqueSubject, type Mail } from './support.js';

// The same checks as the embedded catcher's, against the Mailpit that CI runs
// (eval "$(infra/engines/up.sh smtp)"): proves the catcher's API is a faithful subset.
describe('a real Mailpit', () => {
  mailpitContract(() => ({ smtpUrl: requireEngine('SMTP_URL'), apiUrl: requireEngine('SMTP_CATCHER_API') }), { shared: true });
});

/** Every key of `ours` is in `theirs` with a value of the same JSON type, recursively. */
function shapeGaps(ours: unknown, theirs: unknown, path = '$'): string[] {
  const kind = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);
  if (kind(ours) === 'array' && kind(theirs) === 'null') return []; // Go writes an empty list as null
  if (kind(ours) !== kind(theirs)) return [`${path}: ${kind(ours)} here, ${kind(theirs)} in Mailpit`];
  if (Array.isArray(ours)) return ours.flatMap((v, i) => shapeGaps(v, (theirs as unknown[])[i], `${path}[${i}]`));
  if (kind(ours) !== 'object') return [];
  return Object.entries(ours as object).flatMap(([k, v]) =>
    k in (theirs as object) ? shapeGaps(v, (theirs as Record<string, unknown>)[k], `${path}.${k}`) : [`${path}.${k}: missing in Mailpit`],
  );
}

describe('the embedded catcher next to a real Mailpit', () => {
  let catcher: MailCatcher;
  beforeAll(async () => {
    catcher = await startMailCatcher({ smtpPort: 0, httpPort: 0 });
  });
  afterAll(() => catcher.close());

  it('when both receive the same message, then the catcher answers with the same fields, types and values', async () => {
    const subject = uniqueSubject('Side by side');
    const mail: Mail = {
      to: 'Ada Lovelace <ada@example.com>',
      cc: 'grace@example.com',
      bcc: 'audit@shop.test',
      subject,
      text: 'Your order has shipped.',
      html: '<html><head><style>p{color:red}</style></head><body><p>Your order has <b>shipped</b>.</p></body></html>',
      attachments: [{ filename: 'label.txt', content: 'TRACK-123', contentType: 'text/plain' }],
      auth: { user: 'shop', pass: 'secret' },
    };
    const read = async (smtpUrl: string, apiUrl: string) => {
      await send(smtpUrl, mail);
      // Delivery to the API is asynchronous: poll until a deadline rather than for a fixed number of rounds.
      const deadline = Date.now() + 15_000;
      for (;;) {
        const list = (await (await fetch(`${apiUrl}/api/v1/messages?limit=50`)).json()) as {
          messages: (Record<string, unknown> & { ID: string; Subject: string })[];
        };
        const summary = list.messages.find((m) => m.Subject === subject);
        if (summary) {
          const { messages: _, ...counts } = list;
          const message = (await (await fetch(`${apiUrl}/api/v1/message/${summary.ID}`)).json()) as Record<string, unknown>;
          return { counts, summary, message };
        }
        if (Date.now() > deadline) throw new Error(`${subject} did not reach ${apiUrl} within 15 s`);
        await new Promise((r) => setTimeout(r, 100));
      }
    };

    const ours = await read(catcher.smtpUrl, catcher.httpUrl);
    const theirs = await read(requireEngine('SMTP_URL'), requireEngine('SMTP_CATCHER_API'));

    expect(shapeGaps(ours.counts, theirs.counts)).toEqual([]);
    expect(shapeGaps(ours.summary, theirs.summary)).toEqual([]);
    expect(shapeGaps(ours.message, theirs.message)).toEqual([]);
    const same = ['From', 'To', 'Cc', 'Bcc', 'ReplyTo', 'Subject', 'Attachments', 'Snippet', 'Tags', 'Username', 'Read'] as const;
    const pick = (o: Record<string, unknown>, keys: readonly string[]) => Object.fromEntries(keys.map((k) => [k, o[k]]));
    expect(pick(ours.summary, same)).toEqual(pick(theirs.summary, same));
    const sameInMessage = ['From', 'To', 'Cc', 'Bcc', 'Subject', 'ReturnPath', 'Username', 'Attachments', 'Inline'];
    expect(pick(ours.message, sameInMessage)).toEqual(pick(theirs.message, sameInMessage));
  });
});
