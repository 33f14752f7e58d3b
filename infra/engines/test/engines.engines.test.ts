import { connect, type Socket } from 'node:net';
import { MongoClient } from 'mongodb';
import { describe, expect, it } from 'vitest';
import { requireEngine } from '@shop/config/engines';

/** A line-oriented conversation over TCP: send a line, read the reply. */
async function converse(url: URL, lines: string[], until: RegExp): Promise<string> {
  const socket: Socket = connect(Number(url.port), url.hostname);
  let received = '';
  socket.on('data', (d: Buffer) => (received += d.toString()));
  await new Promise<void>((resolve, reject) => socket.once('connect', resolve).once('error', reject));
  for (const line of lines) {
    const before = received.length;
    socket.write(`${line}\r\n`);
    for (let i = 0; i < 100 && received.length === before; i++) await new Promise((r) => setTimeout(r, 20));
  }
  for (let i = 0; i < 100 && !until.test(received); i++) await new Promise((r) => setTimeout(r, 20));
  socket.destroy();
  return received;
}

describe('real engines answer', () => {
  it('when Redis is asked PING, then it answers PONG', async () => {
    const reply = await converse(new URL(requireEngine('REDIS_URL')), ['PING'], /PONG/);
    expect(reply).toContain('+PONG');
  });

  it('when OpenSearch is asked for its info, then it is a 2.x node with the analysis-common module', async () => {
    const base = requireEngine('OPENSEARCH_URL');
    const info = (await (await fetch(base)).json()) as { version: { distribution: string; number: string } };
    expect(info.version.distribution).toBe('opensearch');
    expect(info.version.number).toMatch(/^2\./);
    const modules = await (await fetch(`${base}/_cat/plugins?format=json`)).text();
    const nodes = (await (await fetch(`${base}/_nodes/plugins`)).json()) as { nodes: Record<string, { modules: { name: string }[] }> };
    const names = Object.values(nodes.nodes).flatMap((n) => n.modules.map((m) => m.name));
    expect(names).toEqual(expect.arrayContaining(['analysis-common', 'transport-netty4']));
    expect(modules).toBeDefined();
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
      /221/,
    );
    expect(reply).toMatch(/250/);
    const api = requireEngine('SMTP_CATCHER_API');
    let found = false;
    for (let i = 0; i < 50 && !found; i++) {
      const list = (await (await fetch(`${api}/api/v1/messages`)).json()) as { messages: { Subject: string }[] };
      found = list.messages.some((m) => m.Subject === subject);
      if (!found) await new Promise((r) => setTimeout(r, 100));
    }
    expect(found).toBe(true);
  });
});
