import type { AddressInfo, Server } from 'node:net';
import { SMTPServer } from 'smtp-server';
import type { CatcherLogger } from './mailbox.js';
import type { Envelope } from './parse-message.js';

export interface SmtpListener {
  port: number;
  close(): Promise<void>;
}

export interface SmtpOptions {
  port: number;
  host: string;
  /** Resolves once the message is stored; the SMTP client is told it was accepted only then. */
  onMessage(raw: Buffer, envelope: Envelope): Promise<string>;
  logger?: CatcherLogger | undefined;
}

const MAX_SIZE = 50 * 1024 * 1024;

/** Listens for SMTP: any credentials or none, no TLS, every recipient accepted. */
export async function listenSmtp({ port, host, onMessage, logger }: SmtpOptions): Promise<SmtpListener> {
  const server = new SMTPServer({
    banner: 'Shop mail catcher',
    authOptional: true,
    allowInsecureAuth: true,
    disabledCommands: ['STARTTLS'],
    size: MAX_SIZE,
    logger: false,
    closeTimeout: 1_000,
    onAuth(auth, _session, callback) {
      callback(null, { user: auth.username ?? '' });
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('error', (err: Error) => callback(err));
      stream.on('end', () => {
        if (stream.sizeExceeded) {
          callback(Object.assign(new Error('Message exceeds the size limit'), { responseCode: 552 }));
          return;
        }
        const { mailFrom, rcptTo } = session.envelope;
        const envelope: Envelope = { mailFrom: mailFrom ? mailFrom.address : '', rcptTo: rcptTo.map((r) => r.address) };
        if (typeof session.user === 'string') envelope.username = session.user;
        onMessage(Buffer.concat(chunks), envelope).then(
          (id) => callback(null, `Ok: queued as ${id}`),
          (err: unknown) => {
            logger?.error({ err }, 'mail catcher: could not store a message');
            callback(Object.assign(new Error('Could not store the message'), { responseCode: 451 }));
          },
        );
      });
    },
  });

  const listener = await new Promise<Server>((resolve, reject) => {
    server.once('error', reject);
    const listening = server.listen(port, host, () => {
      server.off('error', reject);
      resolve(listening);
    });
  });
  server.on('error', (err: Error) => logger?.warn({ err }, 'mail catcher: SMTP connection error'));

  return {
    port: (listener.address() as AddressInfo).port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
