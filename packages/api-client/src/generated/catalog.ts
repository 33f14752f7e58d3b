// Generated from the catalog service's /openapi.json by `npm run generate -w packages/api-client`. Do not edit.

export interface paths {
  '/api/v1/categories': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every category (a tree through parentId) */
    get: {
      parameters: {
        query?: never;
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
              data: components['schemas']['Category'][];
            };
          };
        };
      };
    };
    put?: never;
    /** Create a category */
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
            description?: string;
            name: string & unknown;
            parentId?: string | null;
            slug?: string;
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
              description: string;
              id: string;
              name: string;
              parentId: string | null;
              slug: string;
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
  '/api/v1/categories/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Delete a category (refused while used) */
    delete: {
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
    /** Change a category */
    patch: {
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
            description?: string;
            name?: string & unknown;
            parentId?: string | null;
            slug?: string;
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
              description: string;
              id: string;
              name: string;
              parentId: string | null;
              slug: string;
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/categories/{idOrSlug}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One category by id or slug */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          idOrSlug: string;
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
              description: string;
              id: string;
              name: string;
              parentId: string | null;
              slug: string;
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
  '/api/v1/products': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List products (active only unless an admin asks) */
    get: {
      parameters: {
        query?: {
          brand?: string;
          /** @description Category id or slug; subcategories are included */
          category?: string;
          /** @description Up to 100 comma-separated ids or slugs: those products in the order asked, unknown (or, for customers, inactive) ones left out; no other filter, sort or page applies */
          ids?: string & unknown;
          /** @description Admins only */
          includeInactive?: boolean;
          limit?: number;
          /** @description Major units, at most 2 decimals */
          maxPrice?: number;
          /** @description Major units, at most 2 decimals */
          minPrice?: number;
          page?: number;
          sort?: 'relevance' | 'price_asc' | 'price_desc' | 'newest' | 'name_asc';
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
              data: components['schemas']['Product'][];
              limit: number;
              page: number;
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    /** Create a product */
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
            brand?: string;
            categoryId?: string | null;
            description?: string;
            imageUrl?: (string & unknown) | null;
            isActive?: boolean;
            name: string & unknown;
            /** @description Major units, at most 2 decimals */
            price: number;
            sku: string;
            slug?: string;
            specifications?: {
              [key: string]: string | number | boolean;
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
              brand: string;
              categoryId: string | null;
              /** Format: date-time */
              createdAt: string;
              description: string;
              id: string;
              imageUrl: string | null;
              inventoryQuantity: number;
              isActive: boolean;
              name: string;
              price: number;
              sku: string;
              slug: string;
              /** @description Values: string, number or boolean */
              specifications: {
                [key: string]: unknown;
              };
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
  '/api/v1/products/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Deactivate a product (soft delete) */
    delete: {
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
    /** Change a product */
    patch: {
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
            brand?: string;
            categoryId?: string | null;
            description?: string;
            imageUrl?: (string & unknown) | null;
            isActive?: boolean;
            name?: string & unknown;
            /** @description Major units, at most 2 decimals */
            price?: number;
            sku?: string;
            slug?: string;
            specifications?: {
              [key: string]: string | number | boolean;
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
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              brand: string;
              categoryId: string | null;
              /** Format: date-time */
              createdAt: string;
              description: string;
              id: string;
              imageUrl: string | null;
              inventoryQuantity: number;
              isActive: boolean;
              name: string;
              price: number;
              sku: string;
              slug: string;
              /** @description Values: string, number or boolean */
              specifications: {
                [key: string]: unknown;
              };
              /** Format: date-time */
              updatedAt: string;
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/products/{idOrSlug}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One product by id or slug */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          idOrSlug: string;
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
              brand: string;
              categoryId: string | null;
              /** Format: date-time */
              createdAt: string;
              description: string;
              id: string;
              imageUrl: string | null;
              inventoryQuantity: number;
              isActive: boolean;
              name: string;
              price: number;
              sku: string;
              slug: string;
              /** @description Values: string, number or boolean */
              specifications: {
                [key: string]: unknown;
              };
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
  '/api/v1/products/{idOrSlug}/image.svg': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A product's generated picture */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          idOrSlug: string;
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
        /** @description The picture */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'image/svg+xml': string;
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
  '/api/v1/search': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Full-text search with typo tolerance, prefix matching, filters and facets */
    get: {
      parameters: {
        query?: {
          brand?: string;
          /** @description Category id or slug; subcategories are included */
          category?: string;
          limit?: number;
          /** @description Major units, at most 2 decimals */
          maxPrice?: number;
          /** @description Major units, at most 2 decimals */
          minPrice?: number;
          page?: number;
          q?: string;
          sort?: 'relevance' | 'price_asc' | 'price_desc' | 'newest' | 'name_asc';
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
              data: components['schemas']['Product'][];
              facets: {
                brand: {
                  count: number;
                  value: string;
                }[];
                category: {
                  count: number;
                  name: string;
                  slug: string;
                  value: string;
                }[];
                price: {
                  count: number;
                  from: number;
                  to: number | null;
                }[];
              };
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
  '/api/v1/search/suggest': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Search-as-you-type: products whose name starts with the text */
    get: {
      parameters: {
        query: {
          q: string;
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
                id: string;
                name: string;
                slug: string;
              }[];
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
    Category: {
      description: string;
      id: string;
      name: string;
      parentId: string | null;
      slug: string;
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
    Product: {
      brand: string;
      categoryId: string | null;
      /** Format: date-time */
      createdAt: string;
      description: string;
      id: string;
      imageUrl: string | null;
      inventoryQuantity: number;
      isActive: boolean;
      name: string;
      price: number;
      sku: string;
      slug: string;
      /** @description Values: string, number or boolean */
      specifications: {
        [key: string]: unknown;
      };
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
