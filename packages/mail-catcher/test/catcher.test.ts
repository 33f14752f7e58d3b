import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startMailCatcher, type MailCatcher } from '../src/catcher.js';
import { mailpitClient } from '../src/client.js';
import type { MessagesSummary } from '../src/mailpit-types.js';
import { mailpitContract } from './mailpit-contract.js';
import { send, uniqueSubject } from './support.js';

describe('the embedded mail catcher', () => {
  let catcher: MailCatcher;
  beforeAll(async () => {
    catcher = await startMailCatcher({ smtpPort: 0, httpPort: 0 });
  });
  afterAll(() => catcher.close());

  describe('speaks the Mailpit API subset', () => {
    mailpitContract(() => ({ smtpUrl: catcher.smtpUrl, apiUrl: catcher.httpUrl }));
  });

  it('when started on port 0, then its URLs carry the ports it really listens on', () => {
    expect(catcher.smtpUrl).toMatch(/^smtp:\/\/127\.0\.0\.1:[1-9]\d*$/);
    expect(catcher.httpUrl).toMatch(/^http:\/\/127\.0\.0\.1:[1-9]\d*$/);
  });

  it('when a message is asked for by an unknown ID, then the API answers 404', async () => {
    expect((await fetch(`${catcher.httpUrl}/api/v1/message/nope`)).status).toBe(404);
  });

  it('when the list is paged, then start and limit pick the slice and the counts stay whole', async () => {
    const client = mailpitClient(catcher.httpUrl);
    await client.deleteAll();
    const subjects = [uniqueSubject('P1'), uniqueSubject('P2'), uniqueSubject('P3')];
    for (const subject of subjects) {
      await send(catcher.smtpUrl, { subject, text: 'x' });
      await client.waitFor((m) => m.Subject === subject);
    }

    const page = (await (await fetch(`${catcher.httpUrl}/api/v1/messages?start=1&limit=1`)).json()) as MessagesSummary;

    expect(page).toMatchObject({ total: 3, count: 1, messages_count: 3, start: 1, tags: [] });
    expect(page.messages.map((m) => m.Subject)).toEqual([subjects[1]]);
  });
});

describe('the mail catcher web page', () => {
  let catcher: MailCatcher;
  beforeAll(async () => {
    catcher = await startMailCatcher({ smtpPort: 0, httpPort: 0 });
  });
  afterAll(() => catcher.close());

  it('when a message with markup in its subject arrives, then the page lists it with the markup escaped', async () => {
    const subject = '<script>alert("pwned")</script> Order shipped';
    await send(catcher.smtpUrl, { to: 'ada@example.com', subject, text: 'x' });
    const message = await mailpitClient(catcher.httpUrl).waitFor((m) => m.Subject === subject);

    const res = await fetch(`${catcher.httpUrl}/`);
    const page = await res.text();

    expect(res.headers.get('content-type')).toContain('text/html');
    expect(page).toContain('&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt; Order shipped');
    expect(page).not.toContain('<script>alert');
    expect(page).toContain(`href="/view/${message.ID}"`);
    expect(page).toContain('ada@example.com');
    expect(page).toMatch(/<label for="auto">/);
    expect(res.headers.get('content-security-policy')).toMatch(/script-src 'nonce-[^']+'/);
  });

  it('when a message is viewed, then its HTML is only in a sandboxed iframe and its text is escaped', async () => {
    const subject = uniqueSubject('Welcome');
    await send(catcher.smtpUrl, {
      subject,
      text: 'Plain <b>text</b> part',
      html: '<h1>Welcome</h1><script>parent.document.title = "owned"</script>',
    });
    const message = await mailpitClient(catcher.httpUrl).waitFor((m) => m.Subject === subject);

    const view = await (await fetch(`${catcher.httpUrl}/view/${message.ID}`)).text();

    expect(view).toContain(`<iframe sandbox="" src="/view/${message.ID}/html"`);
    expect(view).not.toContain('allow-scripts');
    expect(view).not.toContain('<h1>Welcome</h1>');
    expect(view).not.toContain('parent.document');
    expect(view).toContain('Plain &lt;b&gt;text&lt;/b&gt; part');
    expect(view).toContain('ada@example.com');

    const part = await fetch(`${catcher.httpUrl}/view/${message.ID}/html`);
    expect(await part.text()).toContain('<h1>Welcome</h1>');
    expect(part.headers.get('content-security-policy')).toMatch(/^sandbox;/);
    expect(part.headers.get('content-security-policy')).not.toContain('script-src');
  });

  it('when "delete all" is pressed, then the mailbox is emptied and the page comes back', async () => {
    await send(catcher.smtpUrl, { subject: uniqueSubject('Bye'), text: 'x' });
    const client = mailpitClient(catcher.httpUrl);
    await client.waitFor(() => true);

    const res = await fetch(`${catcher.httpUrl}/delete-all`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: '',
      redirect: 'manual',
    });

    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/');
    expect(await client.list()).toEqual([]);
    expect(await (await fetch(`${catcher.httpUrl}/`)).text()).toContain('No messages yet');
  });

  it('when another site posts the delete form, then nothing is deleted', async () => {
    await send(catcher.smtpUrl, { subject: uniqueSubject('Stays'), text: 'x' });
    const client = mailpitClient(catcher.httpUrl);
    await client.waitFor(() => true);

    const res = await fetch(`${catcher.httpUrl}/delete-all`, { method: 'POST', headers: { 'sec-fetch-site': 'cross-site' } });

    expect(res.status).toBe(403);
    expect(await client.list()).toHaveLength(1);
  });
});

describe('the mail catcher across restarts and outages', () => {
  const started: MailCatcher[] = [];
  const start = async (options: Partial<Parameters<typeof startMailCatcher>[0]> = {}) => {
    const catcher = await startMailCatcher({ smtpPort: 0, httpPort: 0, ...options });
    started.push(catcher);
    return catcher;
  };
  afterEach(async () => {
    await Promise.all(started.splice(0).map((c) => c.close()));
  });

  it('when it is restarted with the same data directory, then the mailbox is still there', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'mail-catcher-'));
    try {
      const first = await start({ dataDir });
      const subject = uniqueSubject('Persisted');
      await send(first.smtpUrl, { subject, text: 'still here', html: '<p>still here</p>', bcc: 'audit@shop.test' });
      const before = await mailpitClient(first.httpUrl).waitFor((m) => m.Subject === subject);
      await first.close();

      const second = await start({ dataDir });
      const after = await mailpitClient(second.httpUrl).get(before.ID);

      expect(after).toEqual(before);
      const [summary] = await mailpitClient(second.httpUrl).list();
      expect(summary).toMatchObject({ ID: before.ID, Subject: subject });

      await mailpitClient(second.httpUrl).deleteAll();
      expect(await readdir(dataDir)).toEqual([]);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it('when more than maxMessages arrive, then only the newest are kept, in memory and on disk', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'mail-catcher-'));
    try {
      const catcher = await start({ dataDir, maxMessages: 2 });
      const client = mailpitClient(catcher.httpUrl);
      const subjects = [uniqueSubject('M1'), uniqueSubject('M2'), uniqueSubject('M3')];
      for (const subject of subjects) {
        await send(catcher.smtpUrl, { subject, text: 'x' });
        await client.waitFor((m) => m.Subject === subject);
      }

      expect((await client.list()).map((m) => m.Subject)).toEqual([subjects[2], subjects[1]]);
      expect((await readdir(dataDir)).filter((f) => f.endsWith('.eml'))).toHaveLength(2);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it('when SMTP is stopped, then sending fails to connect; when it is started again, then mail flows on the same port', async () => {
    const catcher = await start();
    const client = mailpitClient(catcher.httpUrl);

    await catcher.stopSmtp();
    const failure = send(catcher.smtpUrl, { subject: uniqueSubject('Lost'), text: 'x' });
    await expect(failure).rejects.toMatchObject({ code: 'ESOCKET', message: expect.stringMatching(/ECONNREFUSED/) });
    expect(await client.list()).toEqual([]); // the page and API stay up

    await catcher.startSmtp();
    const subject = uniqueSubject('Back');
    await send(catcher.smtpUrl, { subject, text: 'x' });

    expect((await client.waitFor((m) => m.Subject === subject)).Subject).toBe(subject);
  });
});
