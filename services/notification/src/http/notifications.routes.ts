import { requireRole } from '@shop/auth/require-role';
import { NotFoundError } from '@shop/errors/errors';
import type { HttpApp } from '@shop/http/app';
import { createdRange } from '@shop/http/day-range';
import type { Notification, NotificationRepository } from '../domain/ports.js';
import { NotificationDetail, NotificationList, NotificationListQuery, NotificationParams } from './notifications.schemas.js';

const tags = ['notifications'];
const security = [{ bearerAuth: [] }];

function view(n: Notification) {
  return {
    id: n.id,
    eventId: n.eventId,
    eventType: n.eventType,
    channel: n.channel,
    recipient: n.recipient,
    orderId: n.orderId,
    subject: n.subject,
    status: n.status,
    attempts: n.attempts,
    error: n.error,
    createdAt: n.createdAt.toISOString(),
    sentAt: n.sentAt ? n.sentAt.toISOString() : null,
  };
}

export function registerNotificationRoutes(app: HttpApp, repository: NotificationRepository): void {
  app.get(
    '/api/v1/notifications',
    {
      preHandler: requireRole('admin'),
      schema: {
        tags,
        security,
        summary: 'The notification log, newest first',
        querystring: NotificationListQuery,
        response: { 200: NotificationList },
      },
    },
    async (request) => {
      const { page = 1, limit = 20, from, to, ...filters } = request.query;
      const { items, total } = await repository.list({ ...filters, ...createdRange({ from, to }), page, limit });
      return { data: items.map(view), page, limit, total };
    },
  );

  app.get(
    '/api/v1/notifications/:id',
    {
      preHandler: requireRole('admin'),
      schema: {
        tags,
        security,
        summary: 'One notification with what the customer received (text and HTML)',
        params: NotificationParams,
        response: { 200: NotificationDetail },
      },
    },
    async (request) => {
      const n = await repository.get(request.params.id);
      if (!n) throw new NotFoundError('Notification not found.');
      return { ...view(n), userId: n.userId, bodyText: n.bodyText, bodyHtml: n.bodyHtml };
    },
  );
}
