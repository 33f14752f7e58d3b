import type * as cart from './generated/cart.js';
import type * as catalog from './generated/catalog.js';
import type * as inventory from './generated/inventory.js';
import type * as notification from './generated/notification.js';
import type * as order from './generated/order.js';
import type * as payment from './generated/payment.js';
import type * as user from './generated/user.js';

type Json<T> = T extends { content: { 'application/json': infer B } } ? B : never;

export type Product = catalog.components['schemas']['Product'];
export type Category = catalog.components['schemas']['Category'];
export type ProductList = Json<catalog.paths['/api/v1/products']['get']['responses'][200]>;
export type ProductQuery = NonNullable<catalog.paths['/api/v1/products']['get']['parameters']['query']>;
export type SearchResult = Json<catalog.paths['/api/v1/search']['get']['responses'][200]>;
export type SearchQuery = NonNullable<catalog.paths['/api/v1/search']['get']['parameters']['query']>;
export type Facets = SearchResult['facets'];
export type Suggestions = Json<catalog.paths['/api/v1/search/suggest']['get']['responses'][200]>;
export type SortOrder = NonNullable<SearchQuery['sort']>;

export type User = user.components['schemas']['User'];
export type AuthResult = Json<user.paths['/api/v1/auth/login']['post']['responses'][200]>;
export type RegisterBody = NonNullable<user.paths['/api/v1/auth/register']['post']['requestBody']>['content']['application/json'];
export type ProfileUpdate = NonNullable<user.paths['/api/v1/users/profile']['put']['requestBody']>['content']['application/json'];

export type Cart = Json<cart.paths['/api/v1/cart/{userId}']['get']['responses'][200]>;
export type CartItem = cart.components['schemas']['CartItem'];

export type Order = order.components['schemas']['Order'];
export type OrderList = Json<order.paths['/api/v1/orders']['get']['responses'][200]>;
export type PlaceOrderBody = NonNullable<order.paths['/api/v1/orders']['post']['requestBody']>['content']['application/json'];
export type Address = PlaceOrderBody['shippingAddress'];
export type QuoteBody = NonNullable<order.paths['/api/v1/orders/quote']['post']['requestBody']>['content']['application/json'];
export type Quote = Json<order.paths['/api/v1/orders/quote']['post']['responses'][200]>;
export type ShippingMethod = NonNullable<PlaceOrderBody['shippingMethod']>;

// Admin: types for the staff app's calls, all taken from the services' OpenAPI documents.
type Body<T> = T extends { requestBody?: { content: { 'application/json': infer B } } } ? B : never;
type QueryOf<T> = T extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never;

export type Role = User['role'];
export type OrderStatus = NonNullable<OrderListQuery['status']>;
export type OrderListQuery = QueryOf<order.paths['/api/v1/orders']['get']>;
export type OrderStats = Json<order.paths['/api/v1/orders/stats']['get']['responses'][200]>;
export type StatsQuery = QueryOf<order.paths['/api/v1/orders/stats']['get']>;
export type ShipBody = Body<order.paths['/api/v1/orders/{id}/ship']['post']>;

export type CreateProductBody = Body<catalog.paths['/api/v1/products']['post']>;
export type UpdateProductBody = Body<catalog.paths['/api/v1/products/{id}']['patch']>;
export type CreateCategoryBody = Body<catalog.paths['/api/v1/categories']['post']>;
export type UpdateCategoryBody = Body<catalog.paths['/api/v1/categories/{id}']['patch']>;

export type StockRecord = inventory.components['schemas']['StockRecord'];
export type Reservation = inventory.components['schemas']['Reservation'];
export type ReservationStatus = Reservation['status'];
export type StockList = Json<inventory.paths['/api/v1/inventory']['get']['responses'][200]>;
export type StockQuery = QueryOf<inventory.paths['/api/v1/inventory']['get']>;
export type PutStockBody = Body<inventory.paths['/api/v1/inventory/{sku}']['put']>;
export type ReservationRecord = inventory.components['schemas']['ReservationRecord'];
export type ReservationList = Json<inventory.paths['/api/v1/inventory/reservations']['get']['responses'][200]>;
export type ReservationListQuery = QueryOf<inventory.paths['/api/v1/inventory/reservations']['get']>;

export type Payment = payment.components['schemas']['Payment'];
export type PaymentStatus = Payment['status'];
export type PaymentList = Json<payment.paths['/api/v1/payments']['get']['responses'][200]>;
export type PaymentQuery = QueryOf<payment.paths['/api/v1/payments']['get']>;
export type PaymentStats = Json<payment.paths['/api/v1/payments/stats']['get']['responses'][200]>;
export type RefundBody = Body<payment.paths['/api/v1/payments/{id}/refund']['post']>;

export type UserList = Json<user.paths['/api/v1/users']['get']['responses'][200]>;
export type UserQuery = QueryOf<user.paths['/api/v1/users']['get']>;
export type PatchUserBody = Body<user.paths['/api/v1/users/{id}']['patch']>;

export type NotificationList = Json<notification.paths['/api/v1/notifications']['get']['responses'][200]>;
export type Notification = NotificationList['data'][number];
export type NotificationQuery = QueryOf<notification.paths['/api/v1/notifications']['get']>;
export type NotificationDetail = Json<notification.paths['/api/v1/notifications/{id}']['get']['responses'][200]>;
export type NotificationStatus = Notification['status'];
export type DeadLetter = notification.components['schemas']['DeadLetter'];
export type DeadLetterStatus = DeadLetter['status'];
export type DeadLetterList = Json<notification.paths['/api/v1/notifications/dead-letters']['get']['responses'][200]>;
export type DeadLetterQuery = QueryOf<notification.paths['/api/v1/notifications/dead-letters']['get']>;
