import { connect, type Socket } from 'node:net';
import { MongoClient } from 'mongodb';
import { describe, expect, it } from 'vitest';
import { requireEngine } from '@shop/config/engines';

/**
 * A line-oriented conversation over TCP: after connecting (and reading the greeting, when one
 * matches `greeting`), each line is sent only once the reply to the one before it has fully
 * arrived (`reply` matches what came back since it was sent), waiting up to a deadline each time.
 */
async function converse(url: URL, lines: string[], reply: RegExp, greeting?: RegExp): Promise<string> {
  const socket: Socket = connect(Number(url.port), url.hostname);
  let received = '';
  socket.on('data', (d: Buffer) => (received += d.toString()));
  try {
    await new Promise<void>((resolve, reject) => socket.once('connect', resolve).once('error', reject));
    const replied = async (from: number, pattern: RegExp, what: string) => {
      const deadline = Date.now() + 10_000;
      while (!pattern.test(received.slice(from))) {
        if (Date.now() > deadline) throw new Error(`no reply to ${what} within 10 s; received so far:\n${received}`);
        await new Promise((r) => setTimeout(r, 20));
      }
    };
    if (greeting) await replied(0, greeting, 'the connection');
    for (const line of lines) {
      const from = received.length;
      socket.write(`${line}\r\n`);
      await replied(from, reply, JSON.stringify(line));
    }
    return received;
  } finally {
    socket.destroy();
  }
}

/** The last line of a complete SMTP reply: a code, a space (a `-` marks a continued line), text. */
const SMTP_REPLY = /(^|\n)\d{3} [^\n]*\r\n$/;

describe('real engines answer', () => {
  it('when Redis is asked PING, then it answers PONG', async () => {
    const reply = await converse(new URL(requireEngine('REDIS_URL')), ['PING'], /\r\n$/);
    expect(reply).toBe('+PONG\r\n');
  });

  it('when OpenSearch is asked for its info, then it is a 2.x node with the analysis-common module', async () => {
    const base = requireEngine('OPENSEARCH_URL');
    const info = (await (await fetch(base)).json()) as { version: { distribution: string; number: string } };
    expect(info.version.distribution).toBe('opensearch');
    expect(info.version.number).toMatch(/^2\./);
    const nodes = (await (await fetch(`${base}/_nodes/plugins`)).json()) as { nodes: Record<string, { modules: { name: string }[] }> };
    const names = Object.values(nodes.nodes).flatMap((n) => n.modules.map((m) => m.name));
    expect(names).toEqual(expect.arrayContaining(['analysis-common', 'transport-netty4']));
    const analyzed = await fetch(`${base}/_analyze`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ tokenizer: { type: 'edge_ngram', min_gram: 2, max_gram: 4 }, text: 'head' }),
    });
    expect(((await analyzed.json()) as { tokens: { token: string }[] }).tokens.map((t) => t.token)).toEqual(['he', 'hea', 'head']);
  });

  it('when the MongoDB-wire server stores and finds a document, then the official driver works against it', async () => {
    const client = new MongoClient(requireEngine('CATALOG_MONGODB_URL'), { serverSelectionTimeoutMS: 5_000 });
    await client.connect();
    const collection = client.db().collection<{ sku: string; n: number }>(`smoke_${Date.now()}`);
    await collection.createIndex({ sku: 1 }, { unique: true });
    await collection.insertOne({ sku: 'A-1', n: 1 });
    await expect(collection.insertOne({ sku: 'A-1', n: 2 })).rejects.toThrow(/duplicate key/i);
    expect(await collection.findOne({ sku: 'A-1' })).toMatchObject({ sku: 'A-1', n: 1 });
    await collection.drop();
    await client.close();
  });

  it('when a message is sent to the SMTP catcher, then its HTTP API lists it', async () => {
    const subject = `smoke ${Date.now()}`;
    const reply = await converse(
      new URL(requireEngine('SMTP_URL')),
      ['EHLO test', 'MAIL FROM:<shop@shop.test>', 'RCPT TO:<ada@example.com>', 'DATA', `Subject: ${subject}\r\n\r\nhello\r\n.`, 'QUIT'],
      SMTP_REPLY,
      SMTP_REPLY,
    );
    // The final line of each reply in turn: greeting, EHLO, MAIL, RCPT, DATA, the message, QUIT.
    const codes = reply
      .split('\r\n')
      .filter((l) => /^\d{3} /.test(l))
      .map((l) => l.slice(0, 3));
    expect(codes).toEqual(['220', '250', '250', '250', '354', '250', '221']);
    const api = requireEngine('SMTP_CATCHER_API');
    await expect
      .poll(
        async () =>
          ((await (await fetch(`${api}/api/v1/messages`)).json()) as { messages: { Subject: string }[] }).messages.map((m) => m.Subject),
        { timeout: 15_000, interval: 100 },
      )
      .toContain(subject);
  });
});
