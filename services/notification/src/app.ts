import { createHttpApp, type HttpApp, type HttpAppOptions } from '@shop/http/app';
import type { NotificationRepository } from './domain/ports.js';
import { registerNotificationRoutes } from './http/notifications.routes.js';

/** The notification service's HTTP app; never listens (tests use `inject`). */
export async function buildApp(deps: { http: HttpAppOptions; repository: NotificationRepository }): Promise<HttpApp> {
  const app = await createHttpApp({
    ...deps.http,
    description: 'Emails (and simulated SMS) for order, payment and user events, sent once per event, with a log for admins.',
    tags: [{ name: 'notifications', description: 'The notification log' }],
  });
  registerNotificationRoutes(app, deps.repository);
  await app.ready();
  return app;
}
