// Generated from the inventory service's /openapi.json by `npm run generate -w packages/api-client`. Do not edit.

export interface paths {
  '/api/v1/inventory': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Stock of every sku (low stock first with lowStock=true) */
    get: {
      parameters: {
        query?: {
          limit?: number;
          lowStock?: boolean;
          page?: number;
          /** @description Sku prefix */
          sku?: string;
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
              data: components['schemas']['StockRecord'][];
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
  '/api/v1/inventory/{sku}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Stock of one sku */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          sku: string;
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
              availableQuantity: number;
              location: string | null;
              quantity: number;
              reservedQuantity: number;
              sku: string;
              /** Format: date-time */
              updatedAt: string;
            };
          };
        };
      };
    };
    /** Set the on-hand quantity (creates the sku) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          sku: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            location?: string | null;
            quantity: number;
          };
        };
      };
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
              availableQuantity: number;
              location: string | null;
              quantity: number;
              reservedQuantity: number;
              sku: string;
              /** Format: date-time */
              updatedAt: string;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/inventory/{sku}/release': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Release an order's reservation of one sku */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          sku: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            orderId: string;
          };
        };
      };
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
              /** @description When the first still-active item lapses */
              expiresAt: string | null;
              items: components['schemas']['Reservation'][];
              orderId: string;
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
  '/api/v1/inventory/{sku}/reservations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Reservations holding a sku (active and confirmed by default) */
    get: {
      parameters: {
        query?: {
          status?: 'active' | 'confirmed' | 'committed' | 'released' | 'expired';
        };
        header?: never;
        path: {
          sku: string;
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
              data: components['schemas']['Reservation'][];
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
  '/api/v1/inventory/{sku}/reserve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Reserve stock of one sku for an order */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          sku: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            orderId: string;
            quantity: number;
          };
        };
      };
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
              expiresAt: string | null;
              orderId: string;
              quantity: number;
              reservationId: string;
              sku: string;
              status: 'active' | 'confirmed' | 'committed' | 'released' | 'expired';
            };
          };
        };
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              expiresAt: string | null;
              orderId: string;
              quantity: number;
              reservationId: string;
              sku: string;
              status: 'active' | 'confirmed' | 'committed' | 'released' | 'expired';
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
  '/api/v1/inventory/reservations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Reservations across skus, newest first (`status` defaults to `active`) */
    get: {
      parameters: {
        query?: {
          limit?: number;
          orderId?: string;
          page?: number;
          sku?: string;
          status?: 'active' | 'confirmed' | 'committed' | 'released' | 'expired';
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
              data: components['schemas']['ReservationRecord'][];
              limit: number;
              page: number;
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    /** Reserve several skus for an order, all or nothing */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            items: {
              quantity: number;
              sku: string;
            }[];
            orderId: string;
            ttlSeconds?: number;
          };
        };
      };
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
              /** @description When the first still-active item lapses */
              expiresAt: string | null;
              items: components['schemas']['Reservation'][];
              orderId: string;
            };
          };
        };
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description When the first still-active item lapses */
              expiresAt: string | null;
              items: components['schemas']['Reservation'][];
              orderId: string;
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
  '/api/v1/inventory/reservations/{orderId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An order's reservations */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          orderId: string;
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
              /** @description When the first still-active item lapses */
              expiresAt: string | null;
              items: components['schemas']['Reservation'][];
              orderId: string;
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
  '/api/v1/inventory/reservations/{orderId}/commit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Shipment: the reserved units leave the stock */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          orderId: string;
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
              /** @description When the first still-active item lapses */
              expiresAt: string | null;
              items: components['schemas']['Reservation'][];
              orderId: string;
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
  '/api/v1/inventory/reservations/{orderId}/confirm': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Keep the reservations until shipment (payment succeeded) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          orderId: string;
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
              /** @description When the first still-active item lapses */
              expiresAt: string | null;
              items: components['schemas']['Reservation'][];
              orderId: string;
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
  '/api/v1/inventory/reservations/{orderId}/release': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Release every reservation of the order (cancellation) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          orderId: string;
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
              /** @description When the first still-active item lapses */
              expiresAt: string | null;
              items: components['schemas']['Reservation'][];
              orderId: string;
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
    Reservation: {
      expiresAt: string | null;
      orderId: string;
      quantity: number;
      reservationId: string;
      sku: string;
      status: 'active' | 'confirmed' | 'committed' | 'released' | 'expired';
    };
    ReservationRecord: {
      /** Format: date-time */
      createdAt: string;
      /** @description Set while active */
      expiresAt: string | null;
      id: string;
      orderId: string;
      quantity: number;
      sku: string;
      status: 'active' | 'confirmed' | 'committed' | 'released' | 'expired';
    };
    StockRecord: {
      availableQuantity: number;
      location: string | null;
      quantity: number;
      reservedQuantity: number;
      sku: string;
      /** Format: date-time */
      updatedAt: string;
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
