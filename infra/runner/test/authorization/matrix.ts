import { randomUUID } from 'node:crypto';
import { ADDRESS, CARD, type Account, type Caller } from './harness.js';

/**
 * Who may call what: every route of every service, and the status each caller gets. The callers,
 * in the order each route's requests are sent:
 *
 *   anon   no token
 *   exp    an expired token (signed with the platform's key)
 *   deact  a customer's valid token, after an admin deactivated the account (the deny-list)
 *   A      customer A, who does not own the resource in the path
 *   owner  customer B, who owns it (their cart, order, payment, profile)
 *   admin  the admin
 *   svc    a service token (client credentials of the order service)
 *
 * A route with no row here, or a row for a route that no longer exists, fails the test
 * (`matrix.test.ts`), and so does any status that differs. Public routes ignore a token that does
 * not verify (it is as if none were sent); routes that need a caller answer 401 for it.
 */
export type Statuses = [anon: number, exp: number, deact: number, a: number, owner: number, admin: number, svc: number];

/** What the rows' requests need, made through the API before the matrix runs. */
export interface World {
  a: Account;
  b: Account;
  product: { id: string; sku: string; slug: string };
  category: { id: string; slug: string };
  orderOfB: { id: string; paymentId: string };
  notificationOfB: string;
  /** The order service's client secret. */
  serviceSecret: string;
  /** The caller's own password (B's for callers without an account). */
  passwordOf(caller: Caller): string;
  /** A refresh token of B's, fresh for each request (rotation spends it). */
  refreshTokenOfB(): Promise<string>;
  /** Makes sure B's cart has a line of the product. */
  lineInCartOfB(): Promise<void>;
  /** Resources for one row alone, because requests to it change them. */
  freshProduct(): Promise<{ id: string }>;
  freshCategory(): Promise<{ id: string }>;
  freshOrderOfB(): Promise<{ id: string; paymentId: string }>;
  freshShippedOrderOfB(): Promise<{ id: string }>;
}

export interface Request {
  path: string;
  body?: unknown;
}

export interface Row {
  service: string;
  /** Method and path as the service's OpenAPI document names them: `GET /api/v1/orders/{id}`. */
  route: string;
  expect: Statuses;
  /**
   * The request for one caller (the same for all unless the route needs otherwise). `shared` is
   * what `prepare` made for the row, once.
   */
  send(w: World, caller: Caller, shared: Record<string, string>): Request | Promise<Request>;
  prepare?(w: World): Promise<Record<string, string>>;
  /** Why a status is what it is, where the table alone does not say. */
  why?: string;
}

const PUBLIC: Statuses = [200, 200, 200, 200, 200, 200, 200];
const ADMIN_ONLY = (status: number): Statuses => [401, 401, 401, 403, 403, status, 403];
const STAFF = (status: number): Statuses => [401, 401, 401, 403, 403, status, status];
const SIGNED_IN = (status: number, service: number): Statuses => [401, 401, 401, status, status, status, service];
/** Owned by B: others are told it does not exist (404), anonymous callers included for a cart. */
const OWNED_CART = (status: number): Statuses => [404, 401, 401, 404, status, status, status];

const unique = (caller: Caller) => `${caller}-${randomUUID().slice(0, 8)}`;
const r = (service: string, route: string, expect: Statuses, send: Row['send'], extra: Partial<Row> = {}): Row => ({
  service,
  route,
  expect,
  send,
  ...extra,
});

export const MATRIX: Row[] = [
  // user: sign-in and tokens are public; profiles need a person (a service has no profile: 404)
  r('user', 'POST /api/v1/auth/register', [201, 201, 201, 201, 201, 201, 201], (_w, c) => ({
    path: '/api/v1/auth/register',
    body: { email: `${unique(c)}@example.com`, password: 'register-password', firstName: 'New', lastName: 'Customer' },
  })),
  r('user', 'POST /api/v1/auth/login', PUBLIC, (w) => ({ path: '/api/v1/auth/login', body: { email: w.b.email, password: w.b.password } })),
  r('user', 'POST /api/v1/auth/refresh', PUBLIC, async (w) => ({
    path: '/api/v1/auth/refresh',
    body: { refreshToken: await w.refreshTokenOfB() },
  })),
  r('user', 'POST /api/v1/auth/logout', [204, 204, 204, 204, 204, 204, 204], () => ({
    path: '/api/v1/auth/logout',
    body: { refreshToken: randomUUID() },
  })),
  r('user', 'POST /api/v1/auth/validate', SIGNED_IN(200, 200), () => ({ path: '/api/v1/auth/validate' }), {
    why: 'no body: it validates the bearer token itself',
  }),
  r('user', 'POST /api/v1/auth/token', PUBLIC, (w) => ({
    path: '/api/v1/auth/token',
    body: { clientId: 'order', clientSecret: w.serviceSecret },
  })),
  r('user', 'GET /.well-known/jwks.json', PUBLIC, () => ({ path: '/.well-known/jwks.json' })),
  r('user', 'GET /api/v1/users/profile', SIGNED_IN(200, 404), () => ({ path: '/api/v1/users/profile' })),
  r('user', 'PUT /api/v1/users/profile', SIGNED_IN(200, 404), () => ({ path: '/api/v1/users/profile', body: { firstName: 'Ada' } })),
  r('user', 'POST /api/v1/users/change-password', SIGNED_IN(204, 404), (w, c) => ({
    path: '/api/v1/users/change-password',
    body: { currentPassword: w.passwordOf(c), newPassword: w.passwordOf(c) },
  })),
  r('user', 'GET /api/v1/users', ADMIN_ONLY(200), () => ({ path: '/api/v1/users' })),
  r('user', 'GET /api/v1/users/{id}', [401, 401, 401, 403, 403, 200, 200], (w) => ({ path: `/api/v1/users/${w.b.id}` }), {
    why: 'a customer reads their own account at /profile, not here',
  }),
  r('user', 'PATCH /api/v1/users/{id}', ADMIN_ONLY(200), (w) => ({ path: `/api/v1/users/${w.b.id}`, body: { role: 'customer' } })),

  // catalog: reading is public, writing is the admin's
  r('catalog', 'GET /api/v1/products', PUBLIC, () => ({ path: '/api/v1/products' })),
  r('catalog', 'POST /api/v1/products', ADMIN_ONLY(201), (_w, c) => ({
    path: '/api/v1/products',
    body: { sku: unique(c), name: `Product ${unique(c)}`, price: 5 },
  })),
  r('catalog', 'GET /api/v1/products/{idOrSlug}', PUBLIC, (w) => ({ path: `/api/v1/products/${w.product.slug}` })),
  r('catalog', 'PATCH /api/v1/products/{id}', ADMIN_ONLY(200), (w) => ({
    path: `/api/v1/products/${w.product.id}`,
    body: { description: 'edited' },
  })),
  r('catalog', 'DELETE /api/v1/products/{id}', ADMIN_ONLY(204), (_w, _c, s) => ({ path: `/api/v1/products/${s['id']}` }), {
    prepare: async (w) => w.freshProduct(),
  }),
  r('catalog', 'GET /api/v1/products/{idOrSlug}/image.svg', PUBLIC, (w) => ({ path: `/api/v1/products/${w.product.id}/image.svg` })),
  r('catalog', 'GET /api/v1/search', PUBLIC, () => ({ path: '/api/v1/search?q=matrix' })),
  r('catalog', 'GET /api/v1/search/suggest', PUBLIC, () => ({ path: '/api/v1/search/suggest?q=mat' })),
  r('catalog', 'GET /api/v1/categories', PUBLIC, () => ({ path: '/api/v1/categories' })),
  r('catalog', 'POST /api/v1/categories', ADMIN_ONLY(201), (_w, c) => ({
    path: '/api/v1/categories',
    body: { name: `Category ${unique(c)}` },
  })),
  r('catalog', 'GET /api/v1/categories/{idOrSlug}', PUBLIC, (w) => ({ path: `/api/v1/categories/${w.category.slug}` })),
  r('catalog', 'PATCH /api/v1/categories/{id}', ADMIN_ONLY(200), (w) => ({
    path: `/api/v1/categories/${w.category.id}`,
    body: { description: 'edited' },
  })),
  r('catalog', 'DELETE /api/v1/categories/{id}', ADMIN_ONLY(204), (_w, _c, s) => ({ path: `/api/v1/categories/${s['id']}` }), {
    prepare: async (w) => w.freshCategory(),
  }),

  // inventory: stock levels are public; the rest is for the admin, or for the order service too
  r('inventory', 'GET /api/v1/inventory', ADMIN_ONLY(200), () => ({ path: '/api/v1/inventory' })),
  r('inventory', 'GET /api/v1/inventory/reservations', ADMIN_ONLY(200), () => ({ path: '/api/v1/inventory/reservations' })),
  r('inventory', 'POST /api/v1/inventory/reservations', STAFF(201), (w) => ({
    path: '/api/v1/inventory/reservations',
    body: { orderId: randomUUID(), items: [{ sku: w.product.sku, quantity: 1 }] },
  })),
  r('inventory', 'GET /api/v1/inventory/{sku}', PUBLIC, (w) => ({ path: `/api/v1/inventory/${w.product.sku}` })),
  r('inventory', 'PUT /api/v1/inventory/{sku}', STAFF(200), (w) => ({
    path: `/api/v1/inventory/${w.product.sku}`,
    body: { quantity: 1000 },
  })),
  r('inventory', 'GET /api/v1/inventory/{sku}/reservations', ADMIN_ONLY(200), (w) => ({
    path: `/api/v1/inventory/${w.product.sku}/reservations`,
  })),
  r('inventory', 'POST /api/v1/inventory/{sku}/reserve', STAFF(201), (w) => ({
    path: `/api/v1/inventory/${w.product.sku}/reserve`,
    body: { orderId: randomUUID(), quantity: 1 },
  })),
  r('inventory', 'POST /api/v1/inventory/{sku}/release', STAFF(200), (w) => ({
    path: `/api/v1/inventory/${w.product.sku}/release`,
    body: { orderId: randomUUID() },
  })),
  r('inventory', 'GET /api/v1/inventory/reservations/{orderId}', STAFF(200), (w) => ({
    path: `/api/v1/inventory/reservations/${w.orderOfB.id}`,
  })),
  // An order that reserved nothing: releasing it is a no-op, confirming or committing it is 404 (past the guard).
  ...(
    [
      ['release', 200],
      ['confirm', 404],
      ['commit', 404],
    ] as const
  ).map(([action, status]) =>
    r('inventory', `POST /api/v1/inventory/reservations/{orderId}/${action}`, STAFF(status), () => ({
      path: `/api/v1/inventory/reservations/${randomUUID()}/${action}`,
    })),
  ),

  // cart: B's own cart; admins and services may use any, everyone else is told it does not exist
  r('cart', 'GET /api/v1/cart/{userId}', OWNED_CART(200), (w) => ({ path: `/api/v1/cart/${w.b.id}` })),
  r('cart', 'POST /api/v1/cart/{userId}/items', OWNED_CART(200), (w) => ({
    path: `/api/v1/cart/${w.b.id}/items`,
    body: { productId: w.product.id, quantity: 1 },
  })),
  r('cart', 'PUT /api/v1/cart/{userId}/items/{productId}', OWNED_CART(200), async (w) => {
    await w.lineInCartOfB();
    return { path: `/api/v1/cart/${w.b.id}/items/${w.product.id}`, body: { quantity: 2 } };
  }),
  r('cart', 'DELETE /api/v1/cart/{userId}/items/{productId}', OWNED_CART(200), async (w) => {
    await w.lineInCartOfB();
    return { path: `/api/v1/cart/${w.b.id}/items/${w.product.id}` };
  }),
  r('cart', 'DELETE /api/v1/cart/{userId}', OWNED_CART(204), (w) => ({ path: `/api/v1/cart/${w.b.id}` })),
  r('cart', 'POST /api/v1/cart/{userId}/merge', OWNED_CART(200), (w) => ({
    path: `/api/v1/cart/${w.b.id}/merge`,
    body: { guestId: `guest_${randomUUID()}` },
  })),

  // order: customers order and see their own; the admin runs them; a service only reads one
  r('order', 'POST /api/v1/orders', SIGNED_IN(201, 403), (w) => ({
    path: '/api/v1/orders',
    body: { items: [{ productId: w.product.id, quantity: 1 }], shippingAddress: ADDRESS, paymentMethod: CARD },
  })),
  r('order', 'GET /api/v1/orders', SIGNED_IN(200, 403), () => ({ path: '/api/v1/orders' })),
  r('order', 'POST /api/v1/orders/quote', SIGNED_IN(200, 403), (w) => ({
    path: '/api/v1/orders/quote',
    body: { items: [{ productId: w.product.id, quantity: 1 }] },
  })),
  r('order', 'GET /api/v1/orders/stats', ADMIN_ONLY(200), () => ({ path: '/api/v1/orders/stats' })),
  r('order', 'GET /api/v1/orders/{id}', [401, 401, 401, 404, 200, 200, 200], (w) => ({ path: `/api/v1/orders/${w.orderOfB.id}` })),
  r(
    'order',
    'POST /api/v1/orders/{id}/cancel',
    [401, 401, 401, 404, 200, 409, 403],
    (_w, _c, s) => ({ path: `/api/v1/orders/${s['id']}/cancel` }),
    {
      prepare: (w) => w.freshOrderOfB(),
      why: 'the admin comes after B has cancelled it: past the guard, 409 INVALID_STATE',
    },
  ),
  r(
    'order',
    'POST /api/v1/orders/{id}/ship',
    ADMIN_ONLY(200),
    (_w, _c, s) => ({ path: `/api/v1/orders/${s['id']}/ship`, body: { trackingNumber: 'TRACK-1', carrier: 'UPS' } }),
    { prepare: (w) => w.freshOrderOfB() },
  ),
  r('order', 'POST /api/v1/orders/{id}/deliver', ADMIN_ONLY(200), (_w, _c, s) => ({ path: `/api/v1/orders/${s['id']}/deliver` }), {
    prepare: (w) => w.freshShippedOrderOfB(),
  }),

  // payment: charging and refunding is for the admin and the order service; the owner reads theirs
  r('payment', 'POST /api/v1/payments', STAFF(201), () => ({
    path: '/api/v1/payments',
    body: { orderId: randomUUID(), amount: 10, paymentMethod: CARD },
  })),
  r('payment', 'GET /api/v1/payments', STAFF(200), () => ({ path: '/api/v1/payments' })),
  r('payment', 'GET /api/v1/payments/stats', STAFF(200), () => ({ path: '/api/v1/payments/stats' })),
  r('payment', 'GET /api/v1/payments/{id}', [401, 401, 401, 404, 200, 200, 200], (w) => ({
    path: `/api/v1/payments/${w.orderOfB.paymentId}`,
  })),
  r(
    'payment',
    'POST /api/v1/payments/{id}/refund',
    STAFF(200),
    (_w, _c, s) => ({ path: `/api/v1/payments/${s['paymentId']}/refund`, body: { amount: 1 } }),
    {
      prepare: (w) => w.freshOrderOfB(),
    },
  ),

  // notification: the admin's
  r('notification', 'GET /api/v1/notifications/dead-letters', ADMIN_ONLY(200), () => ({ path: '/api/v1/notifications/dead-letters' })),
  r(
    'notification',
    'GET /api/v1/notifications/dead-letters/{id}',
    ADMIN_ONLY(404),
    () => ({
      path: `/api/v1/notifications/dead-letters/${randomUUID()}`,
    }),
    { why: 'no dead letter exists: the admin is past the guard' },
  ),
  r('notification', 'POST /api/v1/notifications/dead-letters/{id}/replay', ADMIN_ONLY(404), () => ({
    path: `/api/v1/notifications/dead-letters/${randomUUID()}/replay`,
  })),
  r('notification', 'GET /api/v1/notifications', ADMIN_ONLY(200), () => ({ path: '/api/v1/notifications' })),
  r('notification', 'GET /api/v1/notifications/{id}', ADMIN_ONLY(200), (w) => ({ path: `/api/v1/notifications/${w.notificationOfB}` })),
];

/**
 * What the HTTP kit serves on every service's own (internal) port, left out of the OpenAPI
 * documents: open to anyone there. The gateway's public port answers them 404.
 */
export const KIT_ROUTES = ['GET /health/live', 'GET /health/ready', 'GET /metrics', 'GET /openapi.json'] as const;
