import { beforeAll, expect, it } from 'vitest';
import { mailpitClient, type MailpitClient } from '../src/client.js';
import type { MessagesSummary } from '../src/mailpit-types.js';
import { send, uniqueSubject } from './support.js';

export interface Target {
  smtpUrl: string;
  apiUrl: string;
}

/**
 * What the platform's tests rely on from a mail catcher's API. Run against the embedded catcher in
 * `npm test` and against a real Mailpit in `npm run test:engines`, so the two cannot drift apart.
 */
export function mailpitContract(target: () => Target, options: { shared?: boolean } = {}): void {
  let smtpUrl: string;
  let client: MailpitClient;
  beforeAll(() => {
    ({ smtpUrl } = target());
    client = mailpitClient(target().apiUrl);
  });

  it('when a message with text and HTML parts is sent, then the client reads its subject, recipients and both parts', async () => {
    const subject = uniqueSubject('Your order SO-1001');
    const messageId = await send(smtpUrl, {
      to: 'Ada Lovelace <ada@example.com>',
      cc: 'grace@example.com',
      subject,
      text: 'Thank you for your order.\nTotal: $42.00',
      html: '<p>Thank you for your <strong>order</strong>.</p>',
      auth: { user: 'shop', pass: 'any-password' },
    });

    const message = await client.waitFor((m) => m.Subject === subject);

    expect(message.Subject).toBe(subject);
    expect(message.MessageID).toBe(messageId.replace(/^<|>$/g, ''));
    expect(message.From).toEqual({ Name: 'Shop', Address: 'shop@shop.test' });
    expect(message.To).toEqual([{ Name: 'Ada Lovelace', Address: 'ada@example.com' }]);
    expect(message.Cc).toEqual([{ Name: '', Address: 'grace@example.com' }]);
    expect(message.Text).toContain('Total: $42.00');
    expect(message.HTML).toContain('<strong>order</strong>');
    expect(message.Attachments).toEqual([]);
    expect(message.Size).toBeGreaterThan(100);
    expect(Number.isNaN(Date.parse(message.Date))).toBe(false);
  });

  it('when a message is listed, then its summary has the sender, recipients, time, snippet and read state', async () => {
    const subject = uniqueSubject('Summary');
    await send(smtpUrl, { subject, text: 'Hello   Ada,\n\nyour parcel is on its way.' });

    const message = await client.waitFor((m) => m.Subject === subject);
    const summary = (await client.list()).find((m) => m.ID === message.ID)!;

    expect(summary.From.Address).toBe('shop@shop.test');
    expect(summary.To.map((a) => a.Address)).toEqual(['ada@example.com']);
    expect(Math.abs(Date.parse(summary.Created) - Date.now())).toBeLessThan(60_000);
    expect(summary.Snippet).toBe('Hello Ada, your parcel is on its way.');
    expect(summary.Attachments).toBe(0);
    expect(summary.Tags).toEqual([]);
    expect(summary.Read).toBe(true); // opened by waitFor's get
  });

  it('when two messages arrive, then the newer is listed first', async () => {
    const first = uniqueSubject('First');
    const second = uniqueSubject('Second');
    await send(smtpUrl, { subject: first, text: '1' });
    await client.waitFor((m) => m.Subject === first);
    await send(smtpUrl, { subject: second, text: '2' });
    await client.waitFor((m) => m.Subject === second);

    const subjects = (await client.list()).map((m) => m.Subject);
    expect(subjects.indexOf(second)).toBeLessThan(subjects.indexOf(first));
  });

  it('when a message has an attachment or a blind copy, then they are reported', async () => {
    const subject = uniqueSubject('Invoice');
    await send(smtpUrl, {
      subject,
      bcc: 'audit@shop.test',
      text: 'Your invoice is attached.',
      attachments: [{ filename: 'invoice.txt', content: 'INVOICE 1001', contentType: 'text/plain' }],
    });

    const message = await client.waitFor((m) => m.Subject === subject && m.Attachments === 1);
    expect(message.Attachments).toMatchObject([{ FileName: 'invoice.txt', ContentType: 'text/plain', Size: 12 }]);
    expect(message.Bcc.map((a) => a.Address)).toEqual(['audit@shop.test']);
  });

  it('when searching for a word of a subject, then only that message is found', async () => {
    const token = `token${Date.now()}x${process.pid}`;
    const subject = uniqueSubject(`Reset your password ${token}`);
    await send(smtpUrl, { subject, text: 'Follow the link.' });
    await client.waitFor((m) => m.Subject === subject);

    const res = await fetch(`${target().apiUrl}/api/v1/search?query=${encodeURIComponent(token)}`);
    const found = (await res.json()) as MessagesSummary;

    expect(found.messages_count).toBe(1);
    expect(found.messages.map((m) => m.Subject)).toEqual([subject]);
  });

  it('when some messages are deleted by ID, then only those go', async () => {
    const keep = uniqueSubject('Keep');
    const drop = uniqueSubject('Drop');
    await send(smtpUrl, { subject: keep, text: 'k' });
    await send(smtpUrl, { subject: drop, text: 'd' });
    const dropped = await client.waitFor((m) => m.Subject === drop);
    await client.waitFor((m) => m.Subject === keep);

    const res = await fetch(`${target().apiUrl}/api/v1/messages`, {
      method: 'DELETE',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ IDs: [dropped.ID] }),
    });
    expect(res.status).toBe(200);

    const subjects = (await client.list()).map((m) => m.Subject);
    expect(subjects).toContain(keep);
    expect(subjects).not.toContain(drop);
    await expect(client.get(dropped.ID)).rejects.toThrow(/404/);
  });

  // Not on a shared Mailpit: other suites read their mail from it meanwhile.
  it.skipIf(options.shared)('when everything is deleted, then the list is empty', async () => {
    await send(smtpUrl, { subject: uniqueSubject('Doomed'), text: 'x' });
    await client.waitFor(() => true);

    await client.deleteAll();

    expect(await client.list()).toEqual([]);
  });

  it('when no message matches before the timeout, then waitFor rejects', async () => {
    await expect(client.waitFor((m) => m.Subject === 'never sent', { timeoutMs: 300 })).rejects.toThrow(/within 300 ms/);
  });
}
