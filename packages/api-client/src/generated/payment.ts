// Generated from the payment service's /openapi.json by `npm run generate -w packages/api-client`. Do not edit.

export interface paths {
  '/api/v1/payments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Payments, newest first */
    get: {
      parameters: {
        query?: {
          /** @description Created at or after */
          from?: string;
          limit?: number;
          orderId?: string;
          page?: number;
          status?: 'pending' | 'succeeded' | 'failed' | 'refunded' | 'partially_refunded';
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
              data: components['schemas']['Payment'][];
              limit: number;
              page: number;
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    /** Charge an order (201 whether the card went through or was declined) */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description Same key and body within 24 h: the first answer again */
          'idempotency-key'?: string;
        };
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Major units, at most 2 decimals */
            amount: number;
            /**
             * @description ISO 4217; default USD
             * @default USD
             */
            currency?: string;
            /** @description The order's owner: may read this payment */
            customerId?: string;
            /**
             * Format: email
             * @description Carried in the payment events
             */
            email?: string;
            orderId: string;
            paymentMethod: {
              cardholderName?: string;
              /** @description 12 to 19 digits passing the Luhn check; spaces and dashes between digits are ignored */
              cardNumber: string;
              cvc: string;
              expMonth: number;
              /** @description Four digits */
              expYear: number;
              /** @enum {string} */
              type: 'card';
            };
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
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              amount: number;
              card: {
                brand: 'visa' | 'mastercard' | 'amex' | 'discover' | 'unknown';
                expMonth: number;
                expYear: number;
                last4: string;
              };
              /** Format: date-time */
              createdAt: string;
              currency: string;
              declineCode: string | null;
              errorMessage: string | null;
              id: string;
              orderId: string;
              /** @enum {string} */
              paymentMethod: 'card';
              refundedAmount: number;
              refunds: {
                amount: number;
                /** Format: date-time */
                createdAt: string;
                id: string;
                reason: string | null;
              }[];
              status: 'pending' | 'succeeded' | 'failed' | 'refunded' | 'partially_refunded';
              transactionId: string | null;
              /** Format: date-time */
              updatedAt: string;
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
  '/api/v1/payments/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One payment (admins, services, and the order's owner) */
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
              amount: number;
              card: {
                brand: 'visa' | 'mastercard' | 'amex' | 'discover' | 'unknown';
                expMonth: number;
                expYear: number;
                last4: string;
              };
              /** Format: date-time */
              createdAt: string;
              currency: string;
              declineCode: string | null;
              errorMessage: string | null;
              id: string;
              orderId: string;
              /** @enum {string} */
              paymentMethod: 'card';
              refundedAmount: number;
              refunds: {
                amount: number;
                /** Format: date-time */
                createdAt: string;
                id: string;
                reason: string | null;
              }[];
              status: 'pending' | 'succeeded' | 'failed' | 'refunded' | 'partially_refunded';
              transactionId: string | null;
              /** Format: date-time */
              updatedAt: string;
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
  '/api/v1/payments/{id}/refund': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Refund all that remains, or part of it (no body: the rest) */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description Same key and body within 24 h: the first answer again */
          'idempotency-key'?: string;
        };
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: {
        content: {
          'application/json': {
            /** @description Major units, at most 2 decimals */
            amount?: number;
            reason?: string;
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
              amount: number;
              card: {
                brand: 'visa' | 'mastercard' | 'amex' | 'discover' | 'unknown';
                expMonth: number;
                expYear: number;
                last4: string;
              };
              /** Format: date-time */
              createdAt: string;
              currency: string;
              declineCode: string | null;
              errorMessage: string | null;
              id: string;
              orderId: string;
              /** @enum {string} */
              paymentMethod: 'card';
              refundedAmount: number;
              refunds: {
                amount: number;
                /** Format: date-time */
                createdAt: string;
                id: string;
                reason: string | null;
              }[];
              status: 'pending' | 'succeeded' | 'failed' | 'refunded' | 'partially_refunded';
              transactionId: string | null;
              /** Format: date-time */
              updatedAt: string;
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
  '/api/v1/payments/stats': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Money captured and refunded per UTC day over a range (default: the last 30 days) */
    get: {
      parameters: {
        query?: {
          /** @description First UTC day (YYYY-MM-DD), inclusive; default 29 days before `to` */
          from?: string;
          /** @description Last UTC day (YYYY-MM-DD), inclusive; default today */
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
              /** @description Every UTC day of the range, oldest first, quiet days as zeros */
              byDay: {
                captured: number;
                /** Format: date */
                date: string;
                net: number;
                refunded: number;
              }[];
              /** @description Charges that went through, by the day they were made */
              captured: number;
              /** @description Declined charges */
              failedCount: number;
              /** Format: date */
              from: string;
              /** @description captured - refunded */
              net: number;
              /** @description Refunds, by the day they were made */
              refunded: number;
              /** @description Charges that went through (refunded since or not) */
              succeededCount: number;
              /** Format: date */
              to: string;
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
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    Payment: {
      amount: number;
      card: {
        brand: 'visa' | 'mastercard' | 'amex' | 'discover' | 'unknown';
        expMonth: number;
        expYear: number;
        last4: string;
      };
      /** Format: date-time */
      createdAt: string;
      currency: string;
      declineCode: string | null;
      errorMessage: string | null;
      id: string;
      orderId: string;
      /** @enum {string} */
      paymentMethod: 'card';
      refundedAmount: number;
      refunds: {
        amount: number;
        /** Format: date-time */
        createdAt: string;
        id: string;
        reason: string | null;
      }[];
      status: 'pending' | 'succeeded' | 'failed' | 'refunded' | 'partially_refunded';
      transactionId: string | null;
      /** Format: date-time */
      updatedAt: string;
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
