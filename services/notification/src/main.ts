import { createDenyList } from '@shop/auth/deny-list';
import type { Env } from '@shop/config/config';
import { followAccessChanges } from '@shop/events/access-changes';
import type { RunningService, SharedInfra } from '@shop/runtime/runtime';
import { runWhenMain, startService } from '@shop/runtime/service';
import { httpDirectory } from './adapters/http/directory.js';
import { smtpMailer } from './adapters/mail/smtp.js';
import { createDeadLetterRepository } from './adapters/postgres/dead-letters.repository.js';
import { createNotificationRepository } from './adapters/postgres/notifications.repository.js';
import { buildApp } from './app.js';
import { loadNotificationConfig } from './config.js';
import { subscribeToDeadLetters } from './consumers/dead-letters.consumer.js';
import { subscribeToEvents } from './consumers/events.consumer.js';
import { makeComposer } from './domain/compose.js';
import { makeDeadLetters } from './domain/dead-letters.js';
import { makeSender } from './domain/sender.js';
import { createRenderer } from './templates/render.js';

/** Composition root: config → runtime → log, mailer, directory → composer and sender → consumers → app. */
export function startNotificationService(env: Env = process.env, shared: SharedInfra = {}): Promise<RunningService> {
  const config = loadNotificationConfig(env);
  // Tokens of users deactivated or given a new role since they were issued are refused.
  const denyList = createDenyList();
  const options = {
    service: 'notification',
    config,
    databaseUrl: config.databaseUrl,
    migrations: new URL('../migrations', import.meta.url),
    shared,
    verifier: { denyList },
  };
  return startService(options, async (runtime, onClose) => {
    const accessChanges = await followAccessChanges(runtime.bus, denyList, 'notification');
    onClose(() => accessChanges.close());
    const clock = { now: () => new Date() };
    const repository = createNotificationRepository(runtime.db!, { onEvents: () => runtime.relay?.notify() });
    const mailer = smtpMailer({ url: config.smtpUrl, from: config.mailFrom });
    onClose(() => mailer.close());
    const sender = makeSender({
      repository,
      mailer,
      clock,
      maxAttempts: config.maxAttempts,
      retryBaseMs: config.retryBaseMs,
      retryMaxMs: config.retryMaxMs,
      warn: (message, details) => runtime.logger.warn(details, message),
    });
    onClose(() => sender.stop());
    const compose = makeComposer({
      directory: httpDirectory({
        userServiceUrl: config.userServiceUrl,
        orderServiceUrl: config.orderServiceUrl,
        token: () => runtime.serviceToken.getToken(),
        timeoutMs: config.upstreamTimeoutMs,
      }),
      render: createRenderer(),
      storefrontUrl: config.storefrontUrl,
    });
    const subscription = await subscribeToEvents({
      bus: runtime.bus,
      compose,
      repository,
      sender,
      clock,
      logSms: (to, text) => runtime.logger.info({ sms: { to, text } }, 'sms (simulated, not sent)'),
    });
    onClose(() => subscription.close());
    const deadLetterRepository = createDeadLetterRepository(runtime.db!, { onEvents: () => runtime.relay?.notify() });
    const deadLetterSubscription = await subscribeToDeadLetters({ bus: runtime.bus, repository: deadLetterRepository, clock });
    onClose(() => deadLetterSubscription.close());
    const deadLetters = makeDeadLetters({ repository: deadLetterRepository, clock });
    return { app: await buildApp({ http: runtime.http, repository, deadLetters }), started: () => sender.start() };
  });
}

await runWhenMain(import.meta.url, () => startNotificationService());
