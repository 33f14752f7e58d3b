import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Scripted {
  status: number;
  body?: unknown;
  /** Sent as is when set, instead of JSON. */
  text?: string;
  contentType?: string;
  /** Never answer (the client must time out). */
  hang?: boolean;
  /** Send the status and half the body, then drop the connection. */
  cut?: boolean;
}

export interface SeenRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
  /** The client's port: the same one on two requests means the connection was kept alive. */
  clientPort: number;
}

/**
 * A real upstream on a free loopback port answering from a script: each request takes the next
 * answer, and the last one repeats.
 */
export async function upstream(...script: Scripted[]) {
  const seen: SeenRequest[] = [];
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += String(chunk)));
    request.on('end', () => {
      seen.push({ method: request.method!, url: request.url!, headers: request.headers, body, clientPort: request.socket.remotePort! });
      const answer = script[Math.min(seen.length - 1, script.length - 1)]!;
      if (answer.hang) return;
      if (answer.cut) {
        const text = JSON.stringify(answer.body ?? {});
        response.writeHead(answer.status, { 'content-type': 'application/json', 'content-length': String(text.length) });
        response.write(text.slice(0, text.length / 2), () => response.destroy());
        return;
      }
      if (answer.text !== undefined || answer.body === undefined) {
        response.writeHead(answer.status, answer.contentType ? { 'content-type': answer.contentType } : {}).end(answer.text ?? '');
        return;
      }
      response.writeHead(answer.status, { 'content-type': answer.contentType ?? 'application/json' });
      response.end(JSON.stringify(answer.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export type Upstream = Awaited<ReturnType<typeof upstream>>;

export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    (value) => {
      throw new Error(`expected a rejection, got ${JSON.stringify(value)}`);
    },
    (error: unknown) => error,
  );
}
