import { ApiError } from './errors.js';
import type {
  Quote,
  QuoteBody,
  AuthResult,
  Cart,
  Category,
  CreateCategoryBody,
  CreateProductBody,
  DeadLetter,
  DeadLetterList,
  DeadLetterQuery,
  NotificationDetail,
  NotificationList,
  NotificationQuery,
  Order,
  OrderList,
  OrderListQuery,
  OrderStats,
  PatchUserBody,
  Payment,
  PaymentList,
  PaymentQuery,
  PaymentStats,
  PutStockBody,
  RefundBody,
  Reservation,
  ReservationList,
  ReservationListQuery,
  ReservationStatus,
  ShipBody,
  StockList,
  StockQuery,
  StockRecord,
  UpdateCategoryBody,
  UpdateProductBody,
  UserList,
  UserQuery,
  PlaceOrderBody,
  Product,
  ProductList,
  ProductQuery,
  ProfileUpdate,
  RegisterBody,
  SearchQuery,
  SearchResult,
  StatsQuery,
  Suggestions,
  User,
} from './types.js';

export interface ApiClientOptions {
  /** The gateway, e.g. `http://127.0.0.1:8080`. */
  baseUrl: string;
  /** A customer's access token, sent as `Authorization: Bearer`. */
  token?: string | undefined;
  fetch?: typeof fetch;
  /** Extra headers on every request (e.g. `x-request-id`). */
  headers?: Record<string, string>;
}

type Query = Record<string, string | number | boolean | undefined | null>;

interface RequestOptions {
  query?: Query | undefined;
  body?: unknown;
  headers?: Record<string, string> | undefined;
}

const enc = encodeURIComponent;

/** A small typed wrapper over the gateway's `/api/v1`; every non-2xx answer throws an `ApiError`. */
export function createApiClient(options: ApiClientOptions) {
  const doFetch = options.fetch ?? fetch;
  const base = options.baseUrl.replace(/\/$/, '');

  async function request<T>(method: string, path: string, opts: RequestOptions = {}): Promise<T> {
    const url = new URL(base + path);
    for (const [key, value] of Object.entries(opts.query ?? {})) {
      if (value !== undefined && value !== null && value !== '') url.searchParams.set(key, String(value));
    }
    const headers: Record<string, string> = { accept: 'application/json', ...options.headers, ...opts.headers };
    if (options.token) headers['authorization'] = `Bearer ${options.token}`;
    if (opts.body !== undefined) headers['content-type'] = 'application/json';
    const response = await doFetch(url, {
      method,
      headers,
      body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
    });
    const text = await response.text();
    let body: unknown = undefined;
    if (text) {
      try {
        body = JSON.parse(text);
      } catch {
        body = { detail: text.slice(0, 200) };
      }
    }
    if (!response.ok) throw new ApiError(response.status, body);
    return body as T;
  }

  return {
    request,
    withToken: (token: string | undefined) => createApiClient({ ...options, token }),

    // Catalog
    listProducts: (query: ProductQuery = {}) => request<ProductList>('GET', '/api/v1/products', { query }),
    getProduct: (idOrSlug: string) => request<Product>('GET', `/api/v1/products/${enc(idOrSlug)}`),
    search: (query: SearchQuery) => request<SearchResult>('GET', '/api/v1/search', { query }),
    suggest: (q: string) => request<Suggestions>('GET', '/api/v1/search/suggest', { query: { q } }),
    listCategories: () => request<{ data: Category[] }>('GET', '/api/v1/categories'),
    getCategory: (idOrSlug: string) => request<Category>('GET', `/api/v1/categories/${enc(idOrSlug)}`),

    // Auth and profile
    register: (body: RegisterBody) => request<AuthResult>('POST', '/api/v1/auth/register', { body }),
    login: (email: string, password: string) => request<AuthResult>('POST', '/api/v1/auth/login', { body: { email, password } }),
    refresh: (refreshToken: string) => request<AuthResult>('POST', '/api/v1/auth/refresh', { body: { refreshToken } }),
    logout: (refreshToken: string) => request<void>('POST', '/api/v1/auth/logout', { body: { refreshToken } }),
    getProfile: () => request<User>('GET', '/api/v1/users/profile'),
    updateProfile: (body: ProfileUpdate) => request<User>('PUT', '/api/v1/users/profile', { body }),
    changePassword: (currentPassword: string, newPassword: string) =>
      request<void>('POST', '/api/v1/users/change-password', { body: { currentPassword, newPassword } }),

    // Cart (`cartId` is the user's id, or a guest id `guest_<uuid>`)
    getCart: (cartId: string) => request<Cart>('GET', `/api/v1/cart/${enc(cartId)}`),
    addToCart: (cartId: string, productId: string, quantity: number) =>
      request<Cart>('POST', `/api/v1/cart/${enc(cartId)}/items`, { body: { productId, quantity } }),
    setCartQuantity: (cartId: string, productId: string, quantity: number) =>
      request<Cart>('PUT', `/api/v1/cart/${enc(cartId)}/items/${enc(productId)}`, { body: { quantity } }),
    removeFromCart: (cartId: string, productId: string) => request<Cart>('DELETE', `/api/v1/cart/${enc(cartId)}/items/${enc(productId)}`),
    mergeCart: (userId: string, guestId: string) => request<Cart>('POST', `/api/v1/cart/${enc(userId)}/merge`, { body: { guestId } }),

    // Orders
    quote: (body: QuoteBody = {}) => request<Quote>('POST', '/api/v1/orders/quote', { body }),
    placeOrder: (body: PlaceOrderBody, idempotencyKey?: string) =>
      request<Order>('POST', '/api/v1/orders', { body, headers: idempotencyKey ? { 'idempotency-key': idempotencyKey } : undefined }),
    listOrders: (query: OrderListQuery = {}) => request<OrderList>('GET', '/api/v1/orders', { query }),
    getOrder: (id: string) => request<Order>('GET', `/api/v1/orders/${enc(id)}`),
    cancelOrder: (id: string, reason?: string) =>
      request<Order>('POST', `/api/v1/orders/${enc(id)}/cancel`, reason ? { body: { reason } } : {}),

    // Staff (admin token): orders
    shipOrder: (id: string, body: ShipBody) => request<Order>('POST', `/api/v1/orders/${enc(id)}/ship`, { body }),
    deliverOrder: (id: string) => request<Order>('POST', `/api/v1/orders/${enc(id)}/deliver`),
    /** Orders and revenue per UTC day, `from`..`to` (`YYYY-MM-DD`, inclusive; default the last 30 days). */
    orderStats: (query: StatsQuery = {}) => request<OrderStats>('GET', '/api/v1/orders/stats', { query }),

    // Staff: catalog (`listProducts({ includeInactive: true })` shows deactivated products too)
    createProduct: (body: CreateProductBody) => request<Product>('POST', '/api/v1/products', { body }),
    updateProduct: (id: string, body: UpdateProductBody) => request<Product>('PATCH', `/api/v1/products/${enc(id)}`, { body }),
    deactivateProduct: (id: string) => request<void>('DELETE', `/api/v1/products/${enc(id)}`),
    createCategory: (body: CreateCategoryBody) => request<Category>('POST', '/api/v1/categories', { body }),
    updateCategory: (id: string, body: UpdateCategoryBody) => request<Category>('PATCH', `/api/v1/categories/${enc(id)}`, { body }),
    deleteCategory: (id: string) => request<void>('DELETE', `/api/v1/categories/${enc(id)}`),

    // Staff: inventory
    listStock: (query: StockQuery = {}) => request<StockList>('GET', '/api/v1/inventory', { query }),
    getStock: (sku: string) => request<StockRecord>('GET', `/api/v1/inventory/${enc(sku)}`),
    putStock: (sku: string, body: PutStockBody) => request<StockRecord>('PUT', `/api/v1/inventory/${enc(sku)}`, { body }),
    skuReservations: (sku: string, status?: ReservationStatus) =>
      request<{ data: Reservation[] }>('GET', `/api/v1/inventory/${enc(sku)}/reservations`, { query: { status } }),
    /** Reservations across skus, newest first; the service shows the `active` ones unless `status` says otherwise. */
    listReservations: (query: ReservationListQuery = {}) => request<ReservationList>('GET', '/api/v1/inventory/reservations', { query }),

    // Staff: payments
    listPayments: (query: PaymentQuery = {}) => request<PaymentList>('GET', '/api/v1/payments', { query }),
    getPayment: (id: string) => request<Payment>('GET', `/api/v1/payments/${enc(id)}`),
    /** Money captured and refunded per UTC day (same range rules as `orderStats`). */
    paymentStats: (query: StatsQuery = {}) => request<PaymentStats>('GET', '/api/v1/payments/stats', { query }),
    refundPayment: (id: string, body: RefundBody = {}, idempotencyKey?: string) =>
      request<Payment>('POST', `/api/v1/payments/${enc(id)}/refund`, {
        body,
        headers: idempotencyKey ? { 'idempotency-key': idempotencyKey } : undefined,
      }),

    // Staff: users
    listUsers: (query: UserQuery = {}) => request<UserList>('GET', '/api/v1/users', { query }),
    getUser: (id: string) => request<User>('GET', `/api/v1/users/${enc(id)}`),
    patchUser: (id: string, body: PatchUserBody) => request<User>('PATCH', `/api/v1/users/${enc(id)}`, { body }),

    // Staff: the notification log
    listNotifications: (query: NotificationQuery = {}) => request<NotificationList>('GET', '/api/v1/notifications', { query }),
    getNotification: (id: string) => request<NotificationDetail>('GET', `/api/v1/notifications/${enc(id)}`),

    // Staff: dead letters of every topic (kept by the notification service)
    listDeadLetters: (query: DeadLetterQuery = {}) => request<DeadLetterList>('GET', '/api/v1/notifications/dead-letters', { query }),
    getDeadLetter: (id: string) => request<DeadLetter>('GET', `/api/v1/notifications/dead-letters/${enc(id)}`),
    /** Publishes the event again on its original topic; 409 once replayed, or when it is not a JSON event. */
    replayDeadLetter: (id: string) => request<DeadLetter>('POST', `/api/v1/notifications/dead-letters/${enc(id)}/replay`),
  };
}

export type ApiClient = ReturnType<typeof createApiClient>;
