// Generated from the notification service's /openapi.json by `npm run generate -w packages/api-client`. Do not edit.

export interface paths {
  '/api/v1/notifications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The notification log, newest first */
    get: {
      parameters: {
        query?: {
          channel?: 'email' | 'sms';
          eventType?: string;
          /** @description Created at or after */
          from?: string;
          limit?: number;
          orderId?: string;
          page?: number;
          recipient?: string;
          /** @description `pending`: not delivered yet (retrying with backoff); `sent`; `failed`: gave up, event dead-lettered */
          status?: 'pending' | 'sent' | 'failed';
          /** @description Created before */
          to?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Problem details (RFC 9457) */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              code: string;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              requestId: string;
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              code: string;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              requestId: string;
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              data: {
                attempts: number;
                channel: 'email' | 'sms';
                /** Format: date-time */
                createdAt: string;
                error: string | null;
                eventId: string;
                eventType: string;
                id: string;
                orderId: string | null;
                recipient: string;
                sentAt: string | null;
                /** @description `pending`: not delivered yet (retrying with backoff); `sent`; `failed`: gave up, event dead-lettered */
                status: 'pending' | 'sent' | 'failed';
                subject: string;
              }[];
              limit: number;
              page: number;
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/notifications/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One notification with what the customer received (text and HTML) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Problem details (RFC 9457) */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              code: string;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              requestId: string;
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              code: string;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              requestId: string;
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              attempts: number;
              bodyHtml: string | null;
              bodyText: string;
              channel: 'email' | 'sms';
              /** Format: date-time */
              createdAt: string;
              error: string | null;
              eventId: string;
              eventType: string;
              id: string;
              orderId: string | null;
              recipient: string;
              sentAt: string | null;
              /** @description `pending`: not delivered yet (retrying with backoff); `sent`; `failed`: gave up, event dead-lettered */
              status: 'pending' | 'sent' | 'failed';
              subject: string;
              userId: string | null;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/notifications/dead-letters': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Messages a consumer gave up on, from every `<topic>.dlq`, newest first */
    get: {
      parameters: {
        query?: {
          consumerGroup?: string;
          eventType?: string;
          /** @description Dead-lettered at or after */
          from?: string;
          limit?: number;
          page?: number;
          /** @description `dead`: given up on; `replayed`: published again on its topic (dead again if it fails again) */
          status?: 'dead' | 'replayed';
          /** @description Dead-lettered before */
          to?: string;
          /** @description The original topic, e.g. `order-events` */
          topic?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Problem details (RFC 9457) */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              code: string;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              requestId: string;
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              code: string;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              requestId: string;
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              data: components['schemas']['DeadLetter'][];
              limit: number;
              page: number;
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/notifications/dead-letters/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One dead letter with its payload */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Problem details (RFC 9457) */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              code: string;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              requestId: string;
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              code: string;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              requestId: string;
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              attempts: number | null;
              /** @description The consumer group that gave up on it */
              consumerGroup: string;
              /** Format: date-time */
              deadAt: string;
              /** @description The last attempt's error */
              error: string;
              eventId: string;
              eventType: string;
              id: string;
              /** @description The event envelope as published (text when it was not JSON) */
              payload: unknown;
              /** @description The last replay */
              replayedAt: string | null;
              /** @description `dead`: given up on; `replayed`: published again on its topic (dead again if it fails again) */
              status: 'dead' | 'replayed';
              /** @description The topic it was published on (its dead letter came from `<topic>.dlq`) */
              topic: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/notifications/dead-letters/{id}/replay': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Publish the event again on its original topic (409 INVALID_STATE once replayed) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Problem details (RFC 9457) */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              code: string;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              requestId: string;
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              code: string;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              requestId: string;
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              attempts: number | null;
              /** @description The consumer group that gave up on it */
              consumerGroup: string;
              /** Format: date-time */
              deadAt: string;
              /** @description The last attempt's error */
              error: string;
              eventId: string;
              eventType: string;
              id: string;
              /** @description The event envelope as published (text when it was not JSON) */
              payload: unknown;
              /** @description The last replay */
              replayedAt: string | null;
              /** @description `dead`: given up on; `replayed`: published again on its topic (dead again if it fails again) */
              status: 'dead' | 'replayed';
              /** @description The topic it was published on (its dead letter came from `<topic>.dlq`) */
              topic: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    DeadLetter: {
      attempts: number | null;
      /** @description The consumer group that gave up on it */
      consumerGroup: string;
      /** Format: date-time */
      deadAt: string;
      /** @description The last attempt's error */
      error: string;
      eventId: string;
      eventType: string;
      id: string;
      /** @description The event envelope as published (text when it was not JSON) */
      payload: unknown;
      /** @description The last replay */
      replayedAt: string | null;
      /** @description `dead`: given up on; `replayed`: published again on its topic (dead again if it fails again) */
      status: 'dead' | 'replayed';
      /** @description The topic it was published on (its dead letter came from `<topic>.dlq`) */
      topic: string;
    };
    /** @description RFC 9457 problem details */
    Problem: {
      code: string;
      detail: string;
      errors?: {
        message: string;
        path: string;
      }[];
      requestId: string;
      status: number;
      title: string;
      type: string;
    } & {
      [key: string]: unknown;
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
