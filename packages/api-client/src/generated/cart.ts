// Generated from the cart service's /openapi.json by `npm run generate -w packages/api-client`. Do not edit.

export interface paths {
  '/api/v1/cart/{userId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The cart (an empty one when there is none) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description The signed-in customer's own user id, or a guest id "guest_<uuid v4>" */
          userId: string;
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
              /** Format: date-time */
              expiresAt: string;
              items: components['schemas']['CartItem'][];
              /** @description Σ price × quantity, major units */
              subtotal: number;
              /** @description Σ quantity */
              totalItems: number;
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
    /** Empty the cart */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description The signed-in customer's own user id, or a guest id "guest_<uuid v4>" */
          userId: string;
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
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cart/{userId}/items': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Add a product (name, sku, price and image come from the catalog) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description The signed-in customer's own user id, or a guest id "guest_<uuid v4>" */
          userId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description A catalog product id */
            productId: string;
            /** @description Added to the line if the product is already in the cart */
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
              /** Format: date-time */
              expiresAt: string;
              items: components['schemas']['CartItem'][];
              /** @description Σ price × quantity, major units */
              subtotal: number;
              /** @description Σ quantity */
              totalItems: number;
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
  '/api/v1/cart/{userId}/items/{productId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Set a line's quantity; 0 removes it */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description A catalog product id */
          productId: string;
          /** @description The signed-in customer's own user id, or a guest id "guest_<uuid v4>" */
          userId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 0 removes the line */
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
              /** Format: date-time */
              expiresAt: string;
              items: components['schemas']['CartItem'][];
              /** @description Σ price × quantity, major units */
              subtotal: number;
              /** @description Σ quantity */
              totalItems: number;
              /** Format: date-time */
              updatedAt: string;
              userId: string;
            };
          };
        };
      };
    };
    post?: never;
    /** Remove a line */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description A catalog product id */
          productId: string;
          /** @description The signed-in customer's own user id, or a guest id "guest_<uuid v4>" */
          userId: string;
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
              /** Format: date-time */
              expiresAt: string;
              items: components['schemas']['CartItem'][];
              /** @description Σ price × quantity, major units */
              subtotal: number;
              /** @description Σ quantity */
              totalItems: number;
              /** Format: date-time */
              updatedAt: string;
              userId: string;
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cart/{userId}/merge': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Move a guest cart's lines into this user's cart (at sign-in) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description The signed-in customer's own user id, or a guest id "guest_<uuid v4>" */
          userId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description The guest cart to move into this one */
            guestId: string;
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
              /** Format: date-time */
              expiresAt: string;
              items: components['schemas']['CartItem'][];
              /** @description Σ price × quantity, major units */
              subtotal: number;
              /** @description Σ quantity */
              totalItems: number;
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
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    CartItem: {
      imageUrl: string | null;
      name: string;
      /** @description Unit price in major units, from the catalog */
      price: number;
      productId: string;
      quantity: number;
      sku: string;
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
