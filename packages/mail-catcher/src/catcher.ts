import Fastify from 'fastify';
import { apiRoutes } from './api.routes.js';
import { openMailbox, type CatcherLogger } from './mailbox.js';
import { listenSmtp, type SmtpListener } from './smtp.js';
import { webRoutes } from './web.routes.js';

export type { CatcherLogger } from './mailbox.js';

export interface MailCatcherOptions {
  /** 1025 by the platform's contract; 0 picks a free port (the URLs report the real one). */
  smtpPort: number;
  /** 8025 by the platform's contract; 0 picks a free port. */
  httpPort: number;
  /** Interface to listen on, `127.0.0.1` unless given. */
  host?: string;
  /** The oldest messages are dropped beyond this many, 1000 unless given. */
  maxMessages?: number;
  /** When given, every message is kept here as an `.eml` file and reloaded at start. */
  dataDir?: string;
  logger?: CatcherLogger;
}

export interface MailCatcher {
  /** `smtp://host:port`, with the real port. */
  smtpUrl: string;
  /** `http://host:port`: the page at `/`, Mailpit's API v1 under `/api/v1`. */
  httpUrl: string;
  /** Stops SMTP and HTTP. */
  close(): Promise<void>;
  /** Stops accepting SMTP connections; the web page and API stay up. */
  stopSmtp(): Promise<void>;
  /** Listens for SMTP again on the same port. No-op while running. */
  startSmtp(): Promise<void>;
}

const hostInUrl = (host: string) => (host.includes(':') ? `[${host}]` : host);

/**
 * Starts the embedded mail catcher: an SMTP server that accepts any mail, and a web page plus a
 * Mailpit-compatible API to read it.
 */
export async function startMailCatcher(options: MailCatcherOptions): Promise<MailCatcher> {
  const { smtpPort, httpPort, host = '127.0.0.1', maxMessages = 1000, dataDir, logger } = options;
  const mailbox = await openMailbox({ maxMessages, dataDir, logger });

  let port = smtpPort;
  let smtp: SmtpListener | undefined;
  const startSmtp = async () => {
    if (smtp) return;
    smtp = await listenSmtp({
      port,
      host,
      logger,
      onMessage: async (raw, envelope) => {
        const entry = await mailbox.add(raw, envelope);
        logger?.info({ id: entry.message.ID, to: envelope.rcptTo, subject: entry.message.Subject }, 'mail catcher: message received');
        return entry.message.ID;
      },
    });
    port = smtp.port;
  };
  const stopSmtp = async () => {
    const running = smtp;
    smtp = undefined;
    await running?.close();
  };

  await startSmtp();
  const smtpUrl = `smtp://${hostInUrl(host)}:${port}`;

  const app = Fastify({ logger: false, forceCloseConnections: true });
  // Mailpit reads a DELETE without a body as "delete all"; Fastify would answer 400 to an empty JSON body.
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) => {
    try {
      done(null, body === '' ? undefined : JSON.parse(body as string));
    } catch {
      done(Object.assign(new Error('The body is not valid JSON'), { statusCode: 400 }), undefined);
    }
  });
  // The page's forms carry no fields.
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_request, _body, done) => done(null, undefined));
  apiRoutes(app, mailbox);
  webRoutes(app, mailbox, () => smtpUrl);

  try {
    await app.listen({ port: httpPort, host });
  } catch (error) {
    await stopSmtp();
    throw error;
  }
  const address = app.server.address();
  const httpUrl = `http://${hostInUrl(host)}:${typeof address === 'object' && address ? address.port : httpPort}`;
  logger?.info({ smtpUrl, httpUrl }, 'mail catcher: listening');

  return {
    smtpUrl,
    httpUrl,
    stopSmtp,
    startSmtp,
    async close() {
      await stopSmtp();
      await app.close();
    },
  };
}
