import { requireRole } from '@shop/auth/require-role';
import type { HttpApp } from '@shop/http/app';
import { createdRange } from '@shop/http/day-range';
import type { DeadLetters } from '../domain/dead-letters.js';
import type { DeadLetter } from '../domain/ports.js';
import { DeadLetterList, DeadLetterListQuery, DeadLetterParams, DeadLetterSchema } from './dead-letters.schemas.js';

const tags = ['dead-letters'];
const security = [{ bearerAuth: [] }];
const admin = requireRole('admin');

const view = (d: DeadLetter) => ({
  id: d.id,
  eventId: d.eventId,
  eventType: d.eventType,
  topic: d.topic,
  consumerGroup: d.consumerGroup,
  error: d.error,
  attempts: d.attempts,
  deadAt: d.deadAt.toISOString(),
  payload: d.payload,
  status: d.status,
  replayedAt: d.replayedAt?.toISOString() ?? null,
});

/** Registered before `/notifications/:id`'s routes so the OpenAPI document lists these first (the router prefers them anyway). */
export function registerDeadLetterRoutes(app: HttpApp, deadLetters: DeadLetters): void {
  app.get(
    '/api/v1/notifications/dead-letters',
    {
      preHandler: admin,
      schema: {
        tags,
        security,
        summary: 'Messages a consumer gave up on, from every `<topic>.dlq`, newest first',
        querystring: DeadLetterListQuery,
        response: { 200: DeadLetterList },
      },
    },
    async (request) => {
      const { page = 1, limit = 20, from, to, ...filters } = request.query;
      const { items, total } = await deadLetters.list({ ...filters, ...createdRange({ from, to }), page, limit });
      return { data: items.map(view), page, limit, total };
    },
  );

  app.get(
    '/api/v1/notifications/dead-letters/:id',
    {
      preHandler: admin,
      schema: {
        tags,
        security,
        summary: 'One dead letter with its payload',
        params: DeadLetterParams,
        response: { 200: DeadLetterSchema },
      },
    },
    async (request) => view(await deadLetters.get(request.params.id)),
  );

  app.post(
    '/api/v1/notifications/dead-letters/:id/replay',
    {
      preHandler: admin,
      schema: {
        tags,
        security,
        summary: 'Publish the event again on its original topic (409 INVALID_STATE once replayed)',
        params: DeadLetterParams,
        response: { 200: DeadLetterSchema },
      },
    },
    async (request) => view(await deadLetters.replay(request.params.id)),
  );
}
