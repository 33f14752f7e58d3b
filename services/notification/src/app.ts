import { createHttpApp, type HttpApp, type HttpAppOptions } from '@shop/http/app';
import type { DeadLetters } from './domain/dead-letters.js';
import type { NotificationRepository } from './domain/ports.js';
import { registerDeadLetterRoutes } from './http/dead-letters.routes.js';
import { registerNotificationRoutes } from './http/notifications.routes.js';

/** The notification service's HTTP app; never listens (tests use `inject`). */
export async function buildApp(deps: {
  http: HttpAppOptions;
  repository: NotificationRepository;
  deadLetters: DeadLetters;
}): Promise<HttpApp> {
  const app = await createHttpApp({
    ...deps.http,
    description:
      'Emails (and simulated SMS) for order, payment and user events, sent once per event, with a log for admins; and the dead letters of every topic, which admins can replay.',
    tags: [
      { name: 'notifications', description: 'The notification log' },
      { name: 'dead-letters', description: 'Messages a consumer gave up on, from every `<topic>.dlq`' },
    ],
  });
  registerDeadLetterRoutes(app, deps.deadLetters);
  registerNotificationRoutes(app, deps.repository);
  await app.ready();
  return app;
}
