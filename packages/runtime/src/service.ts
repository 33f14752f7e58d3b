import { pathToFileURL } from 'node:url';
import type { HttpApp } from '@shop/http/app';
import { closeOnSignals, listen } from '@shop/http/serve';
import { createRuntime, type RunningService, type Runtime, type RuntimeOptions } from './runtime.js';

/** What a service's composition hands back: its app, and what to do once it listens. */
export interface Composed {
  app: HttpApp;
  /** Shown once to the person who started the platform. */
  notices?: string[];
  /** Runs after the app listens (background jobs that should not start before the service is up). */
  started?: () => void;
}

/** Registers something to close when the service stops; closed in reverse order of registration. */
export type OnClose = (...closers: (() => Promise<void>)[]) => void;

/**
 * Starts a service: opens its runtime, lets `compose` build adapters, domain and app on it,
 * then listens. Whatever was opened is closed in reverse order on `close()`, and also when
 * starting fails halfway, so a failed start leaves no pool, consumer or timer behind.
 */
export async function startService(
  options: RuntimeOptions,
  compose: (runtime: Runtime, onClose: OnClose) => Promise<Composed>,
): Promise<RunningService> {
  const runtime = await createRuntime(options);
  const closers: (() => Promise<void>)[] = [() => runtime.close()];
  const close = async () => {
    for (const fn of closers.splice(0).reverse()) await fn();
  };
  try {
    const composed = await compose(runtime, (...more) => closers.push(...more));
    closers.push(() => composed.app.close());
    const url = await listen(composed.app, options.config.port, options.config.host);
    composed.started?.();
    return { name: options.service, app: composed.app, url, notices: composed.notices ?? [], close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** Runs `start` when the calling module is the process's entry point, and stops it on SIGINT/SIGTERM. */
export async function runWhenMain(moduleUrl: string, start: () => Promise<RunningService>): Promise<void> {
  if (moduleUrl !== pathToFileURL(process.argv[1] ?? '').href) return;
  const service = await start();
  for (const notice of service.notices) process.stdout.write(`\n  ${notice}\n\n`);
  service.app.log.info({ url: service.url }, `${service.name} service listening`);
  closeOnSignals(service.app.log as never, () => service.close());
}
