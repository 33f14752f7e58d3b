// Generated from the order service's /openapi.json by `npm run generate -w packages/api-client`. Do not edit.

export interface paths {
  '/api/v1/orders': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Orders, newest first (customers: their own) */
    get: {
      parameters: {
        query?: {
          /** @description The email the order was placed with; exact, any letter case */
          email?: string;
          /** @description Created at or after */
          from?: string;
          limit?: number;
          page?: number;
          status?: 'pending' | 'confirmed' | 'shipped' | 'delivered' | 'cancelled';
          /** @description Created before */
          to?: string;
          /** @description Admins only */
          userId?: string;
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
              data: components['schemas']['Order'][];
              limit: number;
              page: number;
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    /** Check out: price, reserve, charge, confirm (Idempotency-Key honoured) */
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
            billingAddress?: {
              city: string & unknown;
              /** @description ISO 3166-1 alpha-2 */
              country: string;
              firstName: string & unknown;
              lastName: string & unknown;
              line1: string & unknown;
              line2?: string;
              phone?: string;
              postalCode: string;
              state?: string;
            };
            items?: {
              productId: string;
              quantity: number;
            }[];
            paymentMethod: {
              cardholderName?: string;
              cardNumber: string;
              cvc: string;
              expMonth: number;
              expYear: number;
              /** @enum {string} */
              type: 'card';
            };
            shippingAddress: {
              city: string & unknown;
              /** @description ISO 3166-1 alpha-2 */
              country: string;
              firstName: string & unknown;
              lastName: string & unknown;
              line1: string & unknown;
              line2?: string;
              phone?: string;
              postalCode: string;
              state?: string;
            };
            shippingMethod?: 'standard' | 'express';
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
              billingAddress: {
                [key: string]: unknown;
              };
              cancelReason: string | null;
              carrier: string | null;
              /** Format: date-time */
              createdAt: string;
              currency: string;
              email: string;
              id: string;
              items: {
                id: string;
                imageUrl: string | null;
                name: string;
                price: number;
                productId: string;
                quantity: number;
                sku: string;
              }[];
              orderNumber: string;
              paymentId: string | null;
              paymentMethod: string | null;
              paymentStatus: string;
              shippingAddress: {
                [key: string]: unknown;
              };
              shippingAmount: number;
              shippingMethod: string;
              status: string;
              statusHistory: {
                /** Format: date-time */
                at: string;
                note: string | null;
                status: string;
              }[];
              subtotal: number;
              taxAmount: number;
              totalAmount: number;
              trackingNumber: string | null;
              /** Format: date-time */
              updatedAt: string;
              userId: string;
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
  '/api/v1/orders/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One order (its owner or an admin) */
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
              billingAddress: {
                [key: string]: unknown;
              };
              cancelReason: string | null;
              carrier: string | null;
              /** Format: date-time */
              createdAt: string;
              currency: string;
              email: string;
              id: string;
              items: {
                id: string;
                imageUrl: string | null;
                name: string;
                price: number;
                productId: string;
                quantity: number;
                sku: string;
              }[];
              orderNumber: string;
              paymentId: string | null;
              paymentMethod: string | null;
              paymentStatus: string;
              shippingAddress: {
                [key: string]: unknown;
              };
              shippingAmount: number;
              shippingMethod: string;
              status: string;
              statusHistory: {
                /** Format: date-time */
                at: string;
                note: string | null;
                status: string;
              }[];
              subtotal: number;
              taxAmount: number;
              totalAmount: number;
              trackingNumber: string | null;
              /** Format: date-time */
              updatedAt: string;
              userId: string;
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
  '/api/v1/orders/{id}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Cancel while pending or confirmed: refund and release */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: {
        content: {
          'application/json': {
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
              billingAddress: {
                [key: string]: unknown;
              };
              cancelReason: string | null;
              carrier: string | null;
              /** Format: date-time */
              createdAt: string;
              currency: string;
              email: string;
              id: string;
              items: {
                id: string;
                imageUrl: string | null;
                name: string;
                price: number;
                productId: string;
                quantity: number;
                sku: string;
              }[];
              orderNumber: string;
              paymentId: string | null;
              paymentMethod: string | null;
              paymentStatus: string;
              shippingAddress: {
                [key: string]: unknown;
              };
              shippingAmount: number;
              shippingMethod: string;
              status: string;
              statusHistory: {
                /** Format: date-time */
                at: string;
                note: string | null;
                status: string;
              }[];
              subtotal: number;
              taxAmount: number;
              totalAmount: number;
              trackingNumber: string | null;
              /** Format: date-time */
              updatedAt: string;
              userId: string;
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
  '/api/v1/orders/{id}/deliver': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Mark a shipped order delivered */
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
              billingAddress: {
                [key: string]: unknown;
              };
              cancelReason: string | null;
              carrier: string | null;
              /** Format: date-time */
              createdAt: string;
              currency: string;
              email: string;
              id: string;
              items: {
                id: string;
                imageUrl: string | null;
                name: string;
                price: number;
                productId: string;
                quantity: number;
                sku: string;
              }[];
              orderNumber: string;
              paymentId: string | null;
              paymentMethod: string | null;
              paymentStatus: string;
              shippingAddress: {
                [key: string]: unknown;
              };
              shippingAmount: number;
              shippingMethod: string;
              status: string;
              statusHistory: {
                /** Format: date-time */
                at: string;
                note: string | null;
                status: string;
              }[];
              subtotal: number;
              taxAmount: number;
              totalAmount: number;
              trackingNumber: string | null;
              /** Format: date-time */
              updatedAt: string;
              userId: string;
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
  '/api/v1/orders/{id}/ship': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Ship a confirmed order (commits its stock) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            carrier: string & unknown;
            trackingNumber: string & unknown;
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
              billingAddress: {
                [key: string]: unknown;
              };
              cancelReason: string | null;
              carrier: string | null;
              /** Format: date-time */
              createdAt: string;
              currency: string;
              email: string;
              id: string;
              items: {
                id: string;
                imageUrl: string | null;
                name: string;
                price: number;
                productId: string;
                quantity: number;
                sku: string;
              }[];
              orderNumber: string;
              paymentId: string | null;
              paymentMethod: string | null;
              paymentStatus: string;
              shippingAddress: {
                [key: string]: unknown;
              };
              shippingAmount: number;
              shippingMethod: string;
              status: string;
              statusHistory: {
                /** Format: date-time */
                at: string;
                note: string | null;
                status: string;
              }[];
              subtotal: number;
              taxAmount: number;
              totalAmount: number;
              trackingNumber: string | null;
              /** Format: date-time */
              updatedAt: string;
              userId: string;
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
  '/api/v1/orders/quote': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** What checking out would cost now (the cart's or the given lines), without placing an order */
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
            items?: {
              productId: string;
              quantity: number;
            }[];
            shippingMethod?: 'standard' | 'express';
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
              currency: string;
              items: {
                imageUrl: string | null;
                name: string;
                price: number;
                productId: string;
                quantity: number;
                sku: string;
              }[];
              shippingAmount: number;
              shippingMethod: 'standard' | 'express';
              subtotal: number;
              taxAmount: number;
              totalAmount: number;
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
  '/api/v1/orders/stats': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Orders and revenue per UTC day over a range (default: the last 30 days) */
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
              /** @description Revenue over the paid orders; 0 without any */
              averageOrderValue: number;
              /** @description Every UTC day of the range, oldest first, quiet days as zeros */
              byDay: {
                /** Format: date */
                date: string;
                orders: number;
                revenue: number;
              }[];
              byStatus: {
                cancelled: number;
                confirmed: number;
                delivered: number;
                pending: number;
                shipped: number;
              };
              /** Format: date */
              from: string;
              /** @description Orders placed in the range, in any status */
              orders: number;
              /** @description Totals of the paid orders (paymentStatus paid, or confirmed, shipped, delivered) */
              revenue: number;
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
    Order: {
      billingAddress: {
        [key: string]: unknown;
      };
      cancelReason: string | null;
      carrier: string | null;
      /** Format: date-time */
      createdAt: string;
      currency: string;
      email: string;
      id: string;
      items: {
        id: string;
        imageUrl: string | null;
        name: string;
        price: number;
        productId: string;
        quantity: number;
        sku: string;
      }[];
      orderNumber: string;
      paymentId: string | null;
      paymentMethod: string | null;
      paymentStatus: string;
      shippingAddress: {
        [key: string]: unknown;
      };
      shippingAmount: number;
      shippingMethod: string;
      status: string;
      statusHistory: {
        /** Format: date-time */
        at: string;
        note: string | null;
        status: string;
      }[];
      subtotal: number;
      taxAmount: number;
      totalAmount: number;
      trackingNumber: string | null;
      /** Format: date-time */
      updatedAt: string;
      userId: string;
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
