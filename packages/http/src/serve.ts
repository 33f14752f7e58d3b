import type { Logger } from '@shop/logging/logger';

export interface Closable {
  close(): Promise<void>;
}

/**
 * Ends the process gracefully on SIGINT/SIGTERM: closes servers, then stores, within a deadline.
 * A programmer error that escapes (uncaught exception, unhandled rejection) also ends the process,
 * because its state is unknown; the supervisor restarts it.
 */
export function closeOnSignals(logger: Logger, close: () => Promise<void>, deadlineMs = 10_000): void {
  let closing = false;
  const shutdown = (reason: string, code: number) => {
    if (closing) return;
    closing = true;
    logger.info({ reason }, 'shutting down');
    const timer = setTimeout(() => {
      logger.error('shutdown deadline passed, exiting');
      process.exit(code || 1);
    }, deadlineMs);
    timer.unref();
    close()
      .then(() => logger.info('closed'))
      .catch((error: unknown) => logger.error({ err: error }, 'error while closing'))
      .finally(() => {
        logger.flush();
        process.exit(code);
      });
  };
  process.once('SIGINT', () => shutdown('SIGINT', 0));
  process.once('SIGTERM', () => shutdown('SIGTERM', 0));
  process.on('uncaughtException', (error) => {
    logger.fatal({ err: error }, 'uncaught exception');
    shutdown('uncaughtException', 1);
  });
  process.on('unhandledRejection', (error) => {
    logger.fatal({ err: error }, 'unhandled rejection');
    shutdown('unhandledRejection', 1);
  });
}

/** Listens and returns the URL a local client reaches the app at (the real port when 0 was asked). */
export async function listen(
  app: { listen(options: { port: number; host: string }): Promise<string>; server: { address(): unknown } },
  port: number,
  host: string,
): Promise<string> {
  await app.listen({ port, host });
  const address = app.server.address() as { port?: number } | string | null;
  const actual = typeof address === 'object' && address?.port ? address.port : port;
  return `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${actual}`;
}
